package io.lbaas.it.badinput;

import io.lbaas.it.support.catalogue.Catalogue;
import io.lbaas.it.support.catalogue.Estate;
import io.lbaas.it.support.catalogue.Operation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates invalid requests: an operation of the catalogue, then one defect that makes its valid request on
 * {@code target} invalid: a defective body field or query parameter, a body that is no JSON object, an
 * identifier that is malformed, of nothing, of another tenant ({@code foreign}) or of another LB of the same
 * tenant ({@code sibling}), or a locality that does not exist.
 */
final class InvalidRequests {

    /** Bodies that are no JSON object at all. */
    private static final List<String> NOT_AN_OBJECT = List.of("{", "{\"name\":}", "not json", "{\"name\":\"x\",}",
            "{'name':'x'}", "{\"a\":1}}", "", "[]", "[{}]", "\"text\"", "42", "true", "null");
    private static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "1234",
            "00000000-0000-0000-0000-00000000000g", "0b9c4e4e-3f2a-4f0e-9c7e-1d2d3e4f5a6b7", "%20", "..",
            "ffffffff-ffff-ffff-ffff-ffffffffffff%00");
    private static final List<String> UNKNOWN_LOCALITIES = List.of("/lb/v1/zones/xx-yyy-9", "/lb/v1/zones/fr-par",
            "/lb/v1/regions/fr-par-1", "/lb/v1/regions/mars", "/lb/v1/continents/eu", "/lb/v2/zones/fr-par-1");

    private final Map<String, String> target;
    private final Map<String, String> sibling;
    private final Map<String, String> foreign;

    InvalidRequests(Estate target, Estate sibling, Estate foreign) {
        this.target = target.ids();
        this.sibling = sibling.ids();
        this.foreign = foreign.ids();
    }

    Arbitrary<InvalidRequest> any() {
        return Arbitraries.of(Catalogue.operations()).flatMap(operation -> Arbitraries.frequencyOf(of(operation)))
                .filter(invalid -> !KnownBugs.excludes(invalid));
    }

    /**
     * The defects that apply to this operation, weighted: bodies have the most ways to be wrong, a wrong
     * locality is much the same whatever the operation.
     */
    private List<Tuple2<Integer, Arbitrary<InvalidRequest>>> of(Operation operation) {
        List<Tuple2<Integer, Arbitrary<InvalidRequest>>> defects = new ArrayList<>();
        defects.add(Tuple.of(1, unknownLocality(operation)));
        if (!operation.pathPlaceholders().isEmpty()) {
            defects.add(Tuple.of(2, badPathId(operation)));
        }
        if (!operation.placeholders().isEmpty()) {
            defects.add(Tuple.of(2, foreignReference(operation)));
        }
        if (ofOneLb(operation).size() > 1) {
            defects.add(Tuple.of(2, referenceAcrossLbs(operation)));
        }
        if (operation.hasBody()) {
            defects.add(Tuple.of(10, bodyField(operation)));
            defects.add(Tuple.of(2, bodyNotAnObject(operation)));
        }
        if (operation.hasRequiredField()) {
            defects.add(Tuple.of(1, Arbitraries.just(everyFieldNull(operation))));
        }
        if (!operation.queryDefects().isEmpty()) {
            defects.add(Tuple.of(4, queryParameter(operation)));
        }
        return defects;
    }

    private Arbitrary<InvalidRequest> unknownLocality(Operation operation) {
        return Arbitraries.of(UNKNOWN_LOCALITIES).map(prefix -> new InvalidRequest(operation, "locality",
                "locality " + prefix, operation.requestUnder(prefix, target)));
    }

    /** A path identifier malformed, or naming nothing (fresh identifiers, new private networks, can only be
     * malformed: a new one names what the request creates). */
    private Arbitrary<InvalidRequest> badPathId(Operation operation) {
        return Arbitraries.of(List.copyOf(operation.pathPlaceholders())).flatMap(name -> {
            Arbitrary<String> malformed = Arbitraries.of(MALFORMED_IDS);
            Arbitrary<String> bad = name.startsWith("new_") ? malformed
                    : Arbitraries.oneOf(malformed, Arbitraries.create(() -> UUID.randomUUID().toString()));
            return bad.map(id -> new InvalidRequest(operation, "path id",
                    name + "=" + id,
                    operation.request(placeholder -> placeholder.equals(name) ? id : target.get(placeholder))));
        });
    }

    /** One resource the request names (in path, query or body) is another tenant's. */
    private Arbitrary<InvalidRequest> foreignReference(Operation operation) {
        return Arbitraries.of(List.copyOf(operation.placeholders())).map(name -> new InvalidRequest(operation,
                "another tenant's id", "another tenant's " + name, operation.request(replacing(name, foreign))));
    }

    /** One of the request's resources of an LB is the same tenant's, but of another LB. */
    private Arbitrary<InvalidRequest> referenceAcrossLbs(Operation operation) {
        return Arbitraries.of(List.copyOf(ofOneLb(operation))).map(name -> new InvalidRequest(operation,
                "another LB's id", "another LB's " + name, operation.request(replacing(name, sibling))));
    }

    private Arbitrary<InvalidRequest> bodyField(Operation operation) {
        return Arbitraries.of(operation.bodyDefects()).map(defect -> new InvalidRequest(operation,
                "body: " + defect.kind(), defect.toString(), operation.request(target, defect)));
    }

    private Arbitrary<InvalidRequest> bodyNotAnObject(Operation operation) {
        return Arbitraries.of(NOT_AN_OBJECT).map(body -> new InvalidRequest(operation,
                "body: not an object", "body " + body, operation.requestWithRawBody(target, body)));
    }

    private Arbitrary<InvalidRequest> queryParameter(Operation operation) {
        return Arbitraries.of(operation.queryDefects()).map(defect -> new InvalidRequest(operation,
                "query: " + defect.kind(), defect.toString(), operation.request(target, defect)));
    }

    private InvalidRequest everyFieldNull(Operation operation) {
        return new InvalidRequest(operation, "body: every field null", "every field null",
                operation.requestWithRawBody(target, operation.bodyWithEveryFieldNull()));
    }

    private Function<String, String> replacing(String name, Map<String, String> other) {
        return placeholder -> (placeholder.equals(name) ? other : target).get(placeholder);
    }

    private static Set<String> ofOneLb(Operation operation) {
        return operation.placeholders().stream().filter(Estate.OF_ONE_LB::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
