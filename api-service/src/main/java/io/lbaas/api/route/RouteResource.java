package io.lbaas.api.route;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Set;

/** Scaleway LB v1, regional and zoned forms: routes. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    private static final Set<ListOrder> ORDERS = Set.of(ListOrder.CREATED_AT_ASC, ListOrder.CREATED_AT_DESC);

    private final Callers callers;
    private final Localities localities;
    private final RouteCommands commands;
    private final RouteQueries queries;

    RouteResource(Callers callers, Localities localities, RouteCommands commands, RouteQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("routes")
    @RolesAllowed(Roles.READER)
    public Uni<ListRoutesResponse> listRoutes(@RestPath String scope, @RestPath String locality,
                                              @RestQuery("frontend_id") String frontendId, @RestQuery String page,
                                              @RestQuery("page_size") String pageSize,
                                              @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, ORDERS);
        return queries.list(callers.current(), localities.resolve(scope, locality),
                Arguments.optionalUuid("frontend_id", frontendId), request);
    }

    @POST
    @Path("routes")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RouteView> createRoute(@RestPath String scope, @RestPath String locality, RouteRequest body,
                                      @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("routes/{route_id}")
    @RolesAllowed(Roles.READER)
    public Uni<RouteView> getRoute(@RestPath String scope, @RestPath String locality,
                                   @RestPath("route_id") String routeId) {
        return queries.require(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("route_id", routeId)).map(RouteQueries.Found::view);
    }

    @PUT
    @Path("routes/{route_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RouteView> updateRoute(@RestPath String scope, @RestPath String locality,
                                      @RestPath("route_id") String routeId, RouteRequest body,
                                      @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("route_id", routeId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("routes/{route_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteRoute(@RestPath String scope, @RestPath String locality,
                                 @RestPath("route_id") String routeId, @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("route_id", routeId), Decisions.correlationId(requestId));
    }
}
