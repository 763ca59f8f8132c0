package io.lbaas.api.ovh.route;

import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** OVH's {@code availableRouteActions} and {@code availableRouteRules}: what {@link RouteCatalog} accepts. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}")
@Produces(MediaType.APPLICATION_JSON)
public class AvailableRoutesResource {

    private final Callers callers;

    AvailableRoutesResource(Callers callers) {
        this.callers = callers;
    }

    @GET
    @Path("availableRouteActions")
    @RolesAllowed(Roles.READER)
    public Uni<List<RouteCatalog.Action>> actions(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> RouteCatalog.ACTIONS);
    }

    @GET
    @Path("availableRouteRules")
    @RolesAllowed(Roles.READER)
    public Uni<List<RouteCatalog.Rule>> rules(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> RouteCatalog.RULES);
    }
}
