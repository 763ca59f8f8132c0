package io.lbaas.api.ovh.server;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.service.OvhInput;
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

/** OVH's {@code /ipLoadbalancing/{serviceName}/{http|tcp}/farm/{farmId}/server}: the servers of a farm. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{protocol}/farm/{farmId}/server")
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {

    private final Callers callers;
    private final ServerCommands commands;
    private final ServerQueries queries;
    private final FarmQueries farms;

    ServerResource(Callers callers, ServerCommands commands, ServerQueries queries, FarmQueries farms) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
        this.farms = farms;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                @RestQuery String address, @RestQuery String status, @RestQuery String cookie) {
        String checked = OvhInput.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName).chain(lb -> farms.require(lb, checked, farmId))
                .chain(farm -> queries.ids(farm, address, status, cookie));
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<ServerView> create(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                  ServerBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, OvhInput.protocol(protocol), farmId, body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("{serverId}")
    @RolesAllowed(Roles.READER)
    public Uni<ServerView> get(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                               @RestPath long serverId) {
        return queries.require(callers.current(), serviceName, OvhInput.protocol(protocol), farmId, serverId)
                .map(ServerQueries.Found::view);
    }

    @PUT
    @Path("{serverId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                @RestPath long serverId, ServerBody body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), serviceName, OvhInput.protocol(protocol), farmId, serverId, body,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{serverId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                @RestPath long serverId, @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, OvhInput.protocol(protocol), farmId, serverId,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }
}
