package io.lbaas.api.backend;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
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

import java.util.UUID;

/** Scaleway LB v1, regional and zoned forms: backends, their servers and their health check. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class BackendResource {

    private final Callers callers;
    private final Localities localities;
    private final BackendCommands commands;
    private final BackendQueries queries;

    BackendResource(Callers callers, Localities localities, BackendCommands commands,
                    BackendQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("lbs/{lb_id}/backends")
    @RolesAllowed(Roles.READER)
    public Uni<ListBackendsResponse> listBackends(@RestPath String scope, @RestPath String locality,
                                                  @RestPath("lb_id") String lbId, @RestQuery String name,
                                                  @RestQuery String page, @RestQuery("page_size") String pageSize,
                                                  @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        return queries.list(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                name, request);
    }

    @POST
    @Path("lbs/{lb_id}/backends")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BackendView> createBackend(@RestPath String scope, @RestPath String locality,
                                          @RestPath("lb_id") String lbId, BackendRequest body,
                                          @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), body, Decisions.correlationId(requestId));
    }

    @GET
    @Path("backends/{backend_id}")
    @RolesAllowed(Roles.READER)
    public Uni<BackendView> getBackend(@RestPath String scope, @RestPath String locality,
                                       @RestPath("backend_id") String backendId) {
        return queries.require(callers.current(), localities.resolve(scope, locality), id(backendId))
                .map(BackendQueries.Found::view);
    }

    @PUT
    @Path("backends/{backend_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BackendView> updateBackend(@RestPath String scope, @RestPath String locality,
                                          @RestPath("backend_id") String backendId, BackendRequest body,
                                          @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality), id(backendId), body,
                Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("backends/{backend_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteBackend(@RestPath String scope, @RestPath String locality,
                                   @RestPath("backend_id") String backendId,
                                   @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality), id(backendId),
                Decisions.correlationId(requestId));
    }

    @POST
    @Path("backends/{backend_id}/servers")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BackendView> addBackendServers(@RestPath String scope, @RestPath String locality,
                                              @RestPath("backend_id") String backendId, ServersRequest body,
                                              @RestHeader("X-Request-Id") String requestId) {
        return commands.addServers(callers.current(), localities.resolve(scope, locality), id(backendId), body,
                Decisions.correlationId(requestId));
    }

    /** A DELETE with a JSON body, as Scaleway's API has it. */
    @DELETE
    @Path("backends/{backend_id}/servers")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BackendView> removeBackendServers(@RestPath String scope, @RestPath String locality,
                                                 @RestPath("backend_id") String backendId, ServersRequest body,
                                                 @RestHeader("X-Request-Id") String requestId) {
        return commands.removeServers(callers.current(), localities.resolve(scope, locality), id(backendId), body,
                Decisions.correlationId(requestId));
    }

    @PUT
    @Path("backends/{backend_id}/servers")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BackendView> setBackendServers(@RestPath String scope, @RestPath String locality,
                                              @RestPath("backend_id") String backendId, ServersRequest body,
                                              @RestHeader("X-Request-Id") String requestId) {
        return commands.setServers(callers.current(), localities.resolve(scope, locality), id(backendId), body,
                Decisions.correlationId(requestId));
    }

    @PUT
    @Path("backends/{backend_id}/healthcheck")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<HealthCheckView> updateHealthCheck(@RestPath String scope, @RestPath String locality,
                                                  @RestPath("backend_id") String backendId, HealthCheckRequest body,
                                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.updateHealthCheck(callers.current(), localities.resolve(scope, locality), id(backendId), body,
                Decisions.correlationId(requestId));
    }

    private static UUID id(String backendId) {
        return Arguments.uuid("backend_id", backendId);
    }
}
