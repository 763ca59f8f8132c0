package io.lbaas.api.ovh.frontend;

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

/** OVH's {@code /ipLoadbalancing/{serviceName}/{http|tcp}/frontend}: the service's frontends, in OVH's model. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{protocol}/frontend")
@Produces(MediaType.APPLICATION_JSON)
public class OvhFrontendResource {

    private final Callers callers;
    private final OvhFrontendCommands commands;
    private final OvhFrontendQueries queries;

    OvhFrontendResource(Callers callers, OvhFrontendCommands commands, OvhFrontendQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestPath String protocol,
                                @RestQuery Long defaultFarmId, @RestQuery Long defaultSslId, @RestQuery String port,
                                @RestQuery String zone) {
        String checked = OvhInput.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.ids(lb, checked, defaultFarmId, defaultSslId, port, zone));
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<OvhFrontendView> create(@RestPath String serviceName, @RestPath String protocol, FrontendBody body,
                                       @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, OvhInput.protocol(protocol), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("{frontendId}")
    @RolesAllowed(Roles.READER)
    public Uni<OvhFrontendView> get(@RestPath String serviceName, @RestPath String protocol,
                                    @RestPath long frontendId) {
        String checked = OvhInput.protocol(protocol);
        return OvhServices.require(callers.current(), serviceName)
                .chain(lb -> queries.require(lb, checked, frontendId)).map(OvhFrontendQueries.Found::view);
    }

    @PUT
    @Path("{frontendId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath String protocol, @RestPath long frontendId,
                                FrontendBody body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), serviceName, OvhInput.protocol(protocol), frontendId, body,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{frontendId}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath String protocol, @RestPath long frontendId,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, OvhInput.protocol(protocol), frontendId,
                Decisions.correlationId(requestId)).map(ignored -> OvhServices.voidAnswer());
    }
}
