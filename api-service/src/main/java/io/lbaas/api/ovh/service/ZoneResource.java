package io.lbaas.api.ovh.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
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

/**
 * OVH's {@code /ipLoadbalancing/{serviceName}/zone}: a service runs in its LB's one zone, which is the zone (besides
 * {@code all}) its farms and frontends may name.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/zone")
@Produces(MediaType.APPLICATION_JSON)
public class ZoneResource {

    private final Callers callers;

    ZoneResource(Callers callers) {
        this.callers = callers;
    }

    /** OVH's {@code ipLoadbalancing.Zone.Zone}. */
    @JsonPropertyOrder({"name", "state"})
    public record Zone(String name, String state) {
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> list(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> List.of(lb.zone));
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.READER)
    public Uni<Zone> get(@RestPath String serviceName, @RestPath String name) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> {
            if (!lb.zone.equals(name)) {
                throw OvhException.notFound("The requested object (name = " + name + ") does not exist");
            }
            return new Zone(lb.zone, "ok");
        });
    }
}
