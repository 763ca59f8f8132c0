package io.lbaas.api.ovh.route;

import io.lbaas.api.core.Decisions;
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

import java.util.List;

/** OVH's {@code /ipLoadbalancing/{serviceName}/{http|tcp}/route/{routeId}/rule}: the rules of a route. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{protocol}/route/{routeId}/rule")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    private final Callers callers;
    private final RuleCommands commands;
    private final RouteQueries queries;

    RuleResource(Callers callers, RuleCommands commands, RouteQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId) {
        return route(serviceName, protocol, routeId)
                .map(route -> route.rules().stream().map(RouteQueries.Rule::ruleId).toList());
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<RuleView> create(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                                RuleBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, RouteResource.protocol(protocol), routeId, body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("{ruleId}")
    @RolesAllowed(Roles.READER)
    public Uni<RuleView> get(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                             @RestPath long ruleId) {
        return route(serviceName, protocol, routeId)
                .map(route -> RuleView.of(ruleId, RouteQueries.requireRule(route, ruleId).spec()));
    }

    @PUT
    @Path("{ruleId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                                @RestPath long ruleId, RuleBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), serviceName, RouteResource.protocol(protocol), routeId, ruleId,
                body, Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{ruleId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath String protocol, @RestPath long routeId,
                                @RestPath long ruleId, @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, RouteResource.protocol(protocol), routeId, ruleId,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    private Uni<RouteQueries.Found> route(String serviceName, String protocol, long routeId) {
        String checked = RouteResource.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.require(lb, checked, routeId));
    }
}
