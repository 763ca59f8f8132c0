package io.lbaas.api.acl;

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

/**
 * Scaleway LB v1, regional and zoned forms: ACLs. setAcls is Scaleway's zoned form only; the regional form answers
 * it too, which no client of the regional form can notice.
 */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class AclResource {

    private final Callers callers;
    private final Localities localities;
    private final AclCommands commands;
    private final AclQueries queries;

    AclResource(Callers callers, Localities localities, AclCommands commands, AclQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("frontends/{frontend_id}/acls")
    @RolesAllowed(Roles.READER)
    public Uni<ListAclResponse> listAcls(@RestPath String scope, @RestPath String locality,
                                         @RestPath("frontend_id") String frontendId, @RestQuery String name,
                                         @RestQuery String page, @RestQuery("page_size") String pageSize,
                                         @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        return queries.list(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId), name, request);
    }

    @POST
    @Path("frontends/{frontend_id}/acls")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AclView> createAcl(@RestPath String scope, @RestPath String locality,
                                  @RestPath("frontend_id") String frontendId, AclRequest body,
                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId), body, Decisions.correlationId(requestId));
    }

    @PUT
    @Path("frontends/{frontend_id}/acls")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ListAclResponse> setAcls(@RestPath String scope, @RestPath String locality,
                                        @RestPath("frontend_id") String frontendId,
                                        AclCommands.SetAclsRequest body, @RestHeader("X-Request-Id") String requestId) {
        return commands.set(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("frontend_id", frontendId), body, Decisions.correlationId(requestId));
    }

    @GET
    @Path("acls/{acl_id}")
    @RolesAllowed(Roles.READER)
    public Uni<AclView> getAcl(@RestPath String scope, @RestPath String locality, @RestPath("acl_id") String aclId) {
        return queries.require(callers.current(), localities.resolve(scope, locality), Arguments.uuid("acl_id", aclId))
                .map(AclQueries.Found::view);
    }

    @PUT
    @Path("acls/{acl_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AclView> updateAcl(@RestPath String scope, @RestPath String locality, @RestPath("acl_id") String aclId,
                                  AclRequest body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality), Arguments.uuid("acl_id", aclId),
                body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("acls/{acl_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteAcl(@RestPath String scope, @RestPath String locality, @RestPath("acl_id") String aclId,
                               @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality), Arguments.uuid("acl_id", aclId),
                Decisions.correlationId(requestId));
    }
}
