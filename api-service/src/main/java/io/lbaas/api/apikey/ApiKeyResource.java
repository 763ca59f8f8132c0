package io.lbaas.api.apikey;

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

import java.util.Set;
import java.util.stream.Collectors;

/**
 * API keys for Scaleway's clients, beyond Scaleway's API: a Keycloak user or service account creates keys that act
 * as itself, lists and revokes them. The secret key is shown once, in the answer to its creation.
 */
@Path("/lbaas/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private static final Set<String> KEY_ROLES = Set.of(Roles.READER, Roles.WRITER);

    private final SecurityIdentity identity;
    private final Callers callers;
    private final ApiKeyCommands commands;
    private final ApiKeyQueries queries;

    ApiKeyResource(SecurityIdentity identity, Callers callers, ApiKeyCommands commands, ApiKeyQueries queries) {
        this.identity = identity;
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    /** Body: {@code {"description": "..."}}, optional. */
    public record CreateApiKeyRequest(String description) {
    }

    @POST
    @RolesAllowed(Roles.READER)
    public Uni<ApiKeyView> createApiKey(CreateApiKeyRequest body, @RestHeader("X-Request-Id") String requestId) {
        if (!(identity.getPrincipal() instanceof JsonWebToken)) {
            throw ApiException.permissionDenied("api_key", "write");
        }
        Set<String> roles = identity.getRoles().stream().filter(KEY_ROLES::contains).collect(Collectors.toSet());
        return commands.create(callers.current(), roles, body == null ? null : body.description(),
                Decisions.correlationId(requestId));
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<ListApiKeysResponse> listApiKeys() {
        return queries.listOwn(callers.current());
    }

    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Roles.READER)
    public Uni<Void> revokeApiKey(@RestPath("key_id") String keyId, @RestHeader("X-Request-Id") String requestId) {
        return commands.revoke(callers.current(), Arguments.uuid("key_id", keyId), Decisions.correlationId(requestId));
    }
}
