package io.lbaas.api.ovh.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.UUID;

/**
 * The look-ups of a service that OVH's control panel and Terraform read: every farm, frontend and route of every
 * protocol, the types they may have, and the addresses a service has beside its own (none here).
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}")
@Produces(MediaType.APPLICATION_JSON)
public class DefinedObjectsResource {

    private static final List<String> TYPES = List.of("http", "tcp", "udp");
    private static final String FARMS = """
            SELECT protocol, farm_id FROM ovh_farm WHERE lb_id = ?1 AND NOT deleted ORDER BY protocol, farm_id""";
    private static final String FRONTENDS = """
            SELECT protocol, frontend_id FROM ovh_frontend WHERE lb_id = ?1 AND NOT deleted
            ORDER BY protocol, frontend_id""";
    /** The display name is in the spec's JSON (the event contract's OvhRouteSpec, snake_case). */
    private static final String ROUTES = """
            SELECT protocol, route_id, cast(spec AS jsonb) ->> 'display_name' FROM ovh_route
            WHERE lb_id = ?1 AND NOT deleted ORDER BY protocol, route_id""";

    private final Callers callers;

    DefinedObjectsResource(Callers callers) {
        this.callers = callers;
    }

    /** OVH's {@code DefinedFarm} and {@code DefinedFrontend}. */
    public record Defined(String type, long id) {
    }

    @GET
    @Path("definedFarms")
    @RolesAllowed(Roles.READER)
    public Uni<List<Defined>> farms(@RestPath String serviceName, @RestQuery Long vrackNetworkId) {
        // No farm is in a vRack here.
        return vrackNetworkId != null ? OvhServices.require(callers.current(), serviceName).map(lb -> List.of())
                : defined(serviceName, FARMS);
    }

    @GET
    @Path("definedFrontends")
    @RolesAllowed(Roles.READER)
    public Uni<List<Defined>> frontends(@RestPath String serviceName) {
        return defined(serviceName, FRONTENDS);
    }

    /** OVH's {@code DefinedRoute}: a route's protocol, id and display name. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DefinedRoute(String type, long routeId, String displayName) {
    }

    @GET
    @Path("definedRoutes")
    @RolesAllowed(Roles.READER)
    public Uni<List<DefinedRoute>> routes(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> Panache.withSession(() -> Panache
                        .getSession().chain(session -> session.createNativeQuery(ROUTES, Object[].class)
                                .setParameter(1, lb.id).getResultList())))
                .map(rows -> rows.stream().map(row -> new DefinedRoute((String) row[0],
                        ((Number) row[1]).longValue(), (String) row[2])).toList());
    }

    @GET
    @Path("availableFarmType")
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> farmTypes(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> TYPES);
    }

    @GET
    @Path("availableFrontendType")
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> frontendTypes(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> TYPES);
    }

    /** The LB reaches its servers from the host's own addresses: no NAT range to allow. */
    @GET
    @Path("natIp")
    @RolesAllowed(Roles.READER)
    public Uni<List<Object>> natIp(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> List.of());
    }

    /** A service has its flexible IPs only: no failover block is routed to it. */
    @GET
    @Path("failover")
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> failover(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> List.of());
    }

    private Uni<List<Defined>> defined(String serviceName, String sql) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> rows(lb.id, sql));
    }

    private static Uni<List<Defined>> rows(UUID lbId, String sql) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(sql, Object[].class).setParameter(1, lbId).getResultList()))
                .map(rows -> rows.stream().map(row -> new Defined((String) row[0], ((Number) row[1]).longValue()))
                        .toList());
    }
}
