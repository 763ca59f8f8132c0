package io.lbaas.api.ovh.route;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** OVH's {@code /ipLoadbalancing/{serviceName}/{http|tcp}/route}: the service's routes, in OVH's model. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{protocol}/route")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    private final Callers callers;
    private final RouteCommands commands;
    private final RouteQueries queries;

    RouteResource(Callers callers, RouteCommands commands, RouteQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    /** Routes are http and tcp only: OVH has no {@code udp/route}. */
    static String protocol(String protocol) {
        if (!"http".equals(protocol) && !"tcp".equals(protocol)) {
            throw OvhException.notFound("The requested object (protocol = " + protocol + ") does not exist");
        }
        return protocol;
    }

    /** In the order the routes are evaluated, as OVH lists them. */
    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestPath String protocol,
                                @RestQuery Long frontendId) {
        String checked = protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.ids(lb, checked, frontendId));
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<RouteView> create(@RestPath String serviceName, @RestPath String protocol, RouteBody body,
                                 @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, protocol(protocol), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("{routeId}")
    @RolesAllowed(Roles.READER)
    public Uni<RouteView> get(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId) {
        String checked = protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.require(lb, checked, routeId)).map(RouteQueries.Found::view);
    }

    @PUT
    @Path("{routeId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                                RouteBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), serviceName, protocol(protocol), routeId, body,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{routeId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, protocol(protocol), routeId,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }
}
