package io.lbaas.it.support.catalogue;

import java.util.ArrayList;
import java.util.List;

/** What the API must refuse in the query of a list call (§8): pages, page sizes, orders and owner filters. */
final class Queries {

    private Queries() {
    }

    /** Pages count from 1, and a page holds 1 to 100 items (0 means the default). */
    static List<QueryDefect> paging() {
        List<QueryDefect> defects = new ArrayList<>();
        for (String page : List.of("0", "-1", "abc", "1.5", "99999999999")) {
            defects.add(new QueryDefect("page", "page", page));
        }
        for (String size : List.of("101", "-5", "x", "99999999999")) {
            defects.add(new QueryDefect("page", "page_size", size));
        }
        return defects;
    }

    /** Paging of a list sorted by creation or name. */
    static List<QueryDefect> orderedPaging() {
        return ordered("bogus", "NAME_ASC", "created_at");
    }

    /** Paging of a list sorted by creation only (routes, private networks). */
    static List<QueryDefect> creationOrderedPaging() {
        return ordered("bogus", "name_asc", "CREATED_AT_DESC");
    }

    static List<QueryDefect> ownerFilters() {
        return List.of(new QueryDefect("id", "project_id", "not-a-uuid"),
                new QueryDefect("id", "organization_id", "1234"));
    }

    static List<QueryDefect> malformedIdParameter(String parameter) {
        return List.of(new QueryDefect("id", parameter, "not-a-uuid"),
                new QueryDefect("id", parameter, "00000000-0000-0000-0000-00000000000g"));
    }

    static List<QueryDefect> of(String kind, String parameter, String... values) {
        return java.util.Arrays.stream(values).map(value -> new QueryDefect(kind, parameter, value)).toList();
    }

    @SafeVarargs
    static List<QueryDefect> all(List<QueryDefect>... groups) {
        List<QueryDefect> all = new ArrayList<>();
        for (List<QueryDefect> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    private static List<QueryDefect> ordered(String... wrongOrders) {
        List<QueryDefect> defects = paging();
        for (String order : wrongOrders) {
            defects.add(new QueryDefect("order", "order_by", order));
        }
        return defects;
    }
}
