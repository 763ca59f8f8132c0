package io.lbaas.api.paging;

import io.quarkus.panache.common.Sort;

import java.util.Arrays;
import java.util.Optional;

/** The {@code order_by} values of Scaleway's list calls. Ties are broken by id so pages never overlap. */
public enum ListOrder {
    CREATED_AT_ASC("created_at_asc", Sort.by("createdAt", Sort.Direction.Ascending)),
    CREATED_AT_DESC("created_at_desc", Sort.by("createdAt", Sort.Direction.Descending)),
    NAME_ASC("name_asc", Sort.by("name", Sort.Direction.Ascending)),
    NAME_DESC("name_desc", Sort.by("name", Sort.Direction.Descending));

    private final String wire;
    private final Sort sort;

    ListOrder(String wire, Sort sort) {
        this.wire = wire;
        this.sort = sort.and("id", sort.getColumns().get(0).getDirection());
    }

    public String wire() {
        return wire;
    }

    public Sort sort() {
        return sort;
    }

    static Optional<ListOrder> fromWire(String value) {
        return Arrays.stream(values()).filter(order -> order.wire.equals(value)).findFirst();
    }
}
