package io.lbaas.api.frontend;

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

/** Scaleway LB v1, regional and zoned forms: frontends. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class FrontendResource {

    private final Callers callers;
    private final Localities localities;
    private final FrontendCommands commands;
    private final FrontendQueries queries;

    FrontendResource(Callers callers, Localities localities, FrontendCommands commands, FrontendQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("lbs/{lb_id}/frontends")
    @RolesAllowed(Roles.READER)
    public Uni<ListFrontendsResponse> listFrontends(@RestPath String scope, @RestPath String locality,
                                                    @RestPath("lb_id") String lbId, @RestQuery String name,
                                                    @RestQuery String page, @RestQuery("page_size") String pageSize,
                                                    @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        return queries.list(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                name, request);
    }

    @POST
    @Path("lbs/{lb_id}/frontends")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<FrontendView> createFrontend(@RestPath String scope, @RestPath String locality,
                                            @RestPath("lb_id") String lbId, FrontendRequest body,
                                            @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), body, Decisions.correlationId(requestId));
    }

    @GET
    @Path("frontends/{frontend_id}")
    @RolesAllowed(Roles.READER)
    public Uni<FrontendView> getFrontend(@RestPath String scope, @RestPath String locality,
                                         @RestPath("frontend_id") String frontendId) {
        return queries.require(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId)).map(FrontendQueries.Found::view);
    }

    @PUT
    @Path("frontends/{frontend_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<FrontendView> updateFrontend(@RestPath String scope, @RestPath String locality,
                                            @RestPath("frontend_id") String frontendId, FrontendRequest body,
                                            @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("frontends/{frontend_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteFrontend(@RestPath String scope, @RestPath String locality,
                                    @RestPath("frontend_id") String frontendId,
                                    @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId), Decisions.correlationId(requestId));
    }
}
