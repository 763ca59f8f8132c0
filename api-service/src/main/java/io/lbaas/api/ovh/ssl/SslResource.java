package io.lbaas.api.ovh.ssl;

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

/** OVH's {@code /ipLoadbalancing/{serviceName}/ssl}: the SSL certificates its frontends decipher with. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/ssl")
@Produces(MediaType.APPLICATION_JSON)
public class SslResource {

    private static final List<String> TYPES = List.of("built", "built_not_routed", SslView.CUSTOM);

    private final Callers callers;
    private final SslCommands commands;
    private final SslQueries queries;

    SslResource(Callers callers, SslCommands commands, SslQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    /** Every certificate here is {@code custom}: the other types list none. */
    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> list(@RestPath String serviceName, @RestQuery String type, @RestQuery String fingerprint,
                                @RestQuery String serial, @RestQuery String expireDate) {
        String checkedType = OvhInput.oneOf("type", type, TYPES);
        SslQueries.Filter filter = new SslQueries.Filter(fingerprint, serial,
                OvhInput.dateTime("expireDate", expireDate));
        return OvhServices.require(callers.current(), serviceName).chain(lb -> checkedType == null
                || SslView.CUSTOM.equals(checkedType) ? queries.ids(lb.id, filter) : Uni.createFrom().item(List.of()));
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<SslView> create(@RestPath String serviceName, SslBody body,
                               @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), serviceName, body, Decisions.correlationId(requestId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    public Uni<SslView> get(@RestPath String serviceName, @RestPath long id) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> queries.require(lb.id, id))
                .map(SslView::of);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, @RestPath long id, SslBody body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.rename(callers.current(), serviceName, id, body, Decisions.correlationId(requestId))
                .map(ignored -> OvhServices.voidAnswer());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> delete(@RestPath String serviceName, @RestPath long id,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), serviceName, id, Decisions.correlationId(requestId))
                .map(ignored -> OvhServices.voidAnswer());
    }
}
