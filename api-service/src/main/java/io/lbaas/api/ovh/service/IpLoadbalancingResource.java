package io.lbaas.api.ovh.service;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.UUID;

/**
 * OVH's {@code /ipLoadbalancing}: the caller's load balancers as OVH IP Load Balancing services, in every region,
 * scoped by the caller's organization and projects like every Scaleway read. Another tenant's service does not exist.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing")
@Produces(MediaType.APPLICATION_JSON)
public class IpLoadbalancingResource {

    static final String NO_SUCH_SERVICE = "This service does not exist";

    private final Callers callers;

    IpLoadbalancingResource(Callers callers) {
        this.callers = callers;
    }

    /** The service names, a bare JSON array, oldest LB first. */
    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> list() {
        Caller caller = callers.current();
        if (caller.grantsNothing()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> LbEntity.<LbEntity>list(
                        "organizationId = ?1 and projectId in ?2 and deleted = false", Sort.by("createdAt").and("id"),
                        caller.organizationId(), caller.projectIds()))
                .map(lbs -> lbs.stream().map(lb -> ServiceNames.of(lb.id)).toList());
    }

    @GET
    @Path("{serviceName}")
    @RolesAllowed(Roles.READER)
    public Uni<IpLoadbalancingView> get(@RestPath String serviceName) {
        Caller caller = callers.current();
        UUID id = ServiceNames.lbId(serviceName).orElseThrow(() -> OvhException.notFound(NO_SUCH_SERVICE));
        return Panache.withSession(() -> LbEntity.<LbEntity>findById(id)).map(lb -> {
            if (lb == null || lb.deleted || !caller.mayAccess(lb.organizationId, lb.projectId)) {
                throw OvhException.notFound(NO_SUCH_SERVICE);
            }
            return IpLoadbalancingView.of(lb);
        });
    }
}
