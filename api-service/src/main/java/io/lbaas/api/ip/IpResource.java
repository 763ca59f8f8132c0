package io.lbaas.api.ip;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Set;

/** Scaleway LB v1, regional and zoned forms: flexible IPs. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class IpResource {

    private final Callers callers;
    private final Localities localities;
    private final IpCommands commands;
    private final IpQueries queries;

    IpResource(Callers callers, Localities localities, IpCommands commands, IpQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("ips")
    @RolesAllowed(Roles.READER)
    public Uni<ListIpsResponse> listIPs(@RestPath String scope, @RestPath String locality,
                                        @RestQuery("ip_address") String ipAddress, @RestQuery("ip_type") String ipType,
                                        @RestQuery("organization_id") String organizationId,
                                        @RestQuery("project_id") String projectId, @RestQuery List<String> tags,
                                        @RestQuery String page, @RestQuery("page_size") String pageSize) {
        PageRequest request = PageRequest.parse(page, pageSize, null, Set.of(ListOrder.CREATED_AT_ASC));
        if (ipType != null && !Set.of("all", "ipv4", "ipv6").contains(ipType)) {
            throw ApiException.invalidArgument("ip_type", Arguments.CONSTRAINT, "must be one of all, ipv4, ipv6");
        }
        IpQueries.Filter filter = new IpQueries.Filter(ipAddress, ipType,
                organizationId == null ? null : Arguments.uuid("organization_id", organizationId),
                projectId == null ? null : Arguments.uuid("project_id", projectId), tags);
        return queries.list(callers.current(), localities.resolve(scope, locality), filter, request);
    }

    @POST
    @Path("ips")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<IpView> createIp(@RestPath String scope, @RestPath String locality, CreateIpRequest body,
                                @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("ips/{ip_id}")
    @RolesAllowed(Roles.READER)
    public Uni<IpView> getIp(@RestPath String scope, @RestPath String locality, @RestPath("ip_id") String ipId) {
        return queries.require(callers.current(), localities.resolve(scope, locality), Arguments.uuid("ip_id", ipId))
                .map(IpView::of);
    }

    @PATCH
    @Path("ips/{ip_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<IpView> updateIp(@RestPath String scope, @RestPath String locality, @RestPath("ip_id") String ipId,
                                JsonNode body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("ip_id", ipId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("ips/{ip_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> releaseIp(@RestPath String scope, @RestPath String locality, @RestPath("ip_id") String ipId,
                               @RestHeader("X-Request-Id") String requestId) {
        return commands.release(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("ip_id", ipId), Decisions.correlationId(requestId));
    }
}
