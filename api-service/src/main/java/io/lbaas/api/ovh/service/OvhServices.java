package io.lbaas.api.ovh.service;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every resource under {@code /ipLoadbalancing/{serviceName}} shares: finding the service, OVH's void. */
public final class OvhServices {

    public static final String NO_SUCH_SERVICE = "This service does not exist";

    private OvhServices() {
    }

    /** The caller's LB behind {@code serviceName}; anything else, another tenant's included, does not exist. */
    public static Uni<LbEntity> require(Caller caller, String serviceName) {
        UUID id = ServiceNames.lbId(serviceName).orElseThrow(() -> OvhException.notFound(NO_SUCH_SERVICE));
        return Panache.withSession(() -> LbEntity.<LbEntity>findById(id)).map(lb -> {
            if (lb == null || lb.deleted || !caller.mayAccess(lb.organizationId, lb.projectId)) {
                throw OvhException.notFound(NO_SUCH_SERVICE);
            }
            return lb;
        });
    }

    /**
     * The numbers an HQL query selects ({@code :name} parameters): OVH's lists are bare arrays of ids, and a
     * service's next id is one more than the largest it ever had.
     */
    public static Uni<List<Long>> longs(String hql, Map<String, Object> parameters) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Long.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }));
    }

    /**
     * The next OVH id of a service's {@code entity}s: one more than the largest {@code idField} it ever had (the read
     * models keep deleted rows), so an id is never given twice.
     */
    public static Uni<Long> nextId(String entity, String idField, UUID lbId) {
        return longs("select coalesce(max(e." + idField + "), 0) from " + entity + " e where e.lbId = :lb",
                Map.of("lb", lbId)).map(max -> max.get(0) + 1);
    }

    /** OVH's {@code void}: 200 with a JSON null (the Node client treats any other status as a failure). */
    public static Response voidAnswer() {
        return Response.ok("null", MediaType.APPLICATION_JSON_TYPE).build();
    }
}
