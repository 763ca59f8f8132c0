package io.lbaas.api.lb;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
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

import java.util.List;
import java.util.UUID;

/** Scaleway LB v1, regional and zoned forms: the load balancers themselves. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class LbResource {

    private final Callers callers;
    private final LbCommands commands;
    private final LbQueries queries;
    private final Localities localities;

    LbResource(Callers callers, LbCommands commands, LbQueries queries, Localities localities) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
        this.localities = localities;
    }

    @GET
    @Path("lbs")
    @RolesAllowed(Roles.READER)
    public Uni<ListLbsResponse> listLbs(@RestPath String scope, @RestPath String locality, @RestQuery String page,
                                        @RestQuery("page_size") String pageSize, @RestQuery("order_by") String orderBy,
                                        @RestQuery String name, @RestQuery("organization_id") String organizationId,
                                        @RestQuery("project_id") String projectId, @RestQuery List<String> tags,
                                        @RestQuery("lb_ids") List<String> lbIds) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        LbFilter filter = new LbFilter(name,
                organizationId == null ? null : Arguments.uuid("organization_id", organizationId),
                projectId == null ? null : Arguments.uuid("project_id", projectId),
                tags, lbIds.stream().map(id -> Arguments.uuid("lb_ids", id)).toList());
        return queries.list(callers.current(), localities.resolve(scope, locality), filter, request);
    }

    @POST
    @Path("lbs")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LbView> createLb(@RestPath String scope, @RestPath String locality, CreateLbRequest body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("lbs/{lb_id}")
    @RolesAllowed(Roles.READER)
    public Uni<LbView> getLb(@RestPath String scope, @RestPath String locality, @RestPath("lb_id") String lbId) {
        return queries.require(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId))
                .map(LbView::of);
    }

    @PUT
    @Path("lbs/{lb_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LbView> updateLb(@RestPath String scope, @RestPath String locality, @RestPath("lb_id") String lbId,
                                UpdateLbRequest body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("lbs/{lb_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteLb(@RestPath String scope, @RestPath String locality, @RestPath("lb_id") String lbId,
                              @RestQuery("release_ip") String releaseIp, @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), bool("release_ip", releaseIp), Decisions.correlationId(requestId));
    }

    /** Body of migrateLb. */
    public record MigrateLbRequest(String type) {
    }

    @POST
    @Path("lbs/{lb_id}/migrate")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LbView> migrateLb(@RestPath String scope, @RestPath String locality, @RestPath("lb_id") String lbId,
                                 MigrateLbRequest body, @RestHeader("X-Request-Id") String requestId) {
        return commands.migrate(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                body == null ? null : body.type(), Decisions.correlationId(requestId));
    }

    private static boolean bool(String argument, String value) {
        if (value == null || value.isEmpty() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        throw ApiException.invalidArgument(argument, Arguments.FORMAT, "must be true or false");
    }
}
