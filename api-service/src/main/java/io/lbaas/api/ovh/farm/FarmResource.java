package io.lbaas.api.ovh.farm;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
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

/** OVH's {@code /ipLoadbalancing/{serviceName}/{http|tcp}/farm}: farms are the service's backends, in OVH's model. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{protocol}/farm")
@Produces(MediaType.APPLICATION_JSON)
public class FarmResource {

    private final Callers callers;
    private final FarmCommands commands;
    private final FarmQueries queries;

    FarmResource(Callers callers, FarmCommands commands, FarmQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestPath String protocol, @RestQuery String zone,
                                @RestQuery Long vrackNetworkId) {
        String checked = OvhInput.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.ids(lb, checked, zone, vrackNetworkId));
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<FarmView> create(@RestPath String serviceName, @RestPath String protocol, FarmBody body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, OvhInput.protocol(protocol), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("{farmId}")
    @RolesAllowed(Roles.READER)
    public Uni<FarmView> get(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId) {
        String checked = OvhInput.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.require(lb, checked, farmId)).map(FarmQueries.Found::view);
    }

    @PUT
    @Path("{farmId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                FarmBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), serviceName, OvhInput.protocol(protocol), farmId, body,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{farmId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath String protocol, @RestPath long farmId,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, OvhInput.protocol(protocol), farmId,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }
}
