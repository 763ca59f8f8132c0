package io.lbaas.api.ovh.application;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/**
 * Applications for OVH's clients (application key and secret, the "AK/AS" of OVH's API), beyond Scaleway's API: a
 * Keycloak identity registers them, lists and deletes them. Consumer keys are then asked for with the application
 * key ({@code POST /1.0/auth/credential}) and validated by a user who signs in. The secret is shown once.
 */
@Path("/lbaas/v1/ovh-applications")
@Produces(MediaType.APPLICATION_JSON)
public class OvhApplicationResource {

    private final SecurityIdentity identity;
    private final Callers callers;
    private final OvhApplicationCommands commands;
    private final OvhApplicationQueries queries;

    OvhApplicationResource(SecurityIdentity identity, Callers callers, OvhApplicationCommands commands,
                           OvhApplicationQueries queries) {
        this.identity = identity;
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    /** Body: {@code {"name": "...", "description": "..."}}, both optional. */
    public record CreateOvhApplicationRequest(String name, String description) {
    }

    public record ListOvhApplicationsResponse(List<OvhApplicationView> applications, long totalCount) {
    }

    @POST
    @RolesAllowed(Roles.READER)
    public Uni<OvhApplicationView> createOvhApplication(CreateOvhApplicationRequest body,
                                                        @RestHeader("X-Request-Id") String requestId) {
        if (!(identity.getPrincipal() instanceof JsonWebToken)) {
            throw ApiException.permissionDenied(OvhApplicationQueries.RESOURCE, "write");
        }
        return commands.create(callers.current(), body == null ? null : body.name(),
                body == null ? null : body.description(), Decisions.correlationId(requestId));
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<ListOvhApplicationsResponse> listOvhApplications() {
        return queries.listOwn(callers.current()).map(applications -> new ListOvhApplicationsResponse(
                applications.stream().map(application -> OvhApplicationView.of(application, null)).toList(),
                applications.size()));
    }

    @DELETE
    @Path("{application_id}")
    @RolesAllowed(Roles.READER)
    public Uni<Void> deleteOvhApplication(@RestPath("application_id") String applicationId,
                                          @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), Arguments.uuid("application_id", applicationId),
                Decisions.correlationId(requestId));
    }
}
