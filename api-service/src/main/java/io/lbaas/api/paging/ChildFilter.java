package io.lbaas.api.paging;

import io.lbaas.api.lb.LbQueries;
import io.quarkus.panache.common.Parameters;

import java.util.UUID;

/**
 * The HQL filter of a list of live children of one parent (backends of an LB, ACLs of a frontend...), with
 * Scaleway's {@code name} filter: names containing it, whatever the case.
 */
public record ChildFilter(String query, Parameters parameters) {

    /** {@code parentField}: the entity's field naming the parent, such as {@code lbId}. */
    public static ChildFilter of(String parentField, UUID parent, String name) {
        StringBuilder where = new StringBuilder(parentField + " = :parent and deleted = false");
        Parameters parameters = Parameters.with("parent", parent);
        if (name != null && !name.isEmpty()) {
            where.append(" and lower(name) like :name escape '!'");
            parameters.and("name", LbQueries.containing(name));
        }
        return new ChildFilter(where.toString(), parameters);
    }
}
