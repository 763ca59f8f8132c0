package io.lbaas.api.ovh.auth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.events.ovh.OvhAccessRule;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestHeader;

import java.util.List;

/**
 * The unsigned part of OVH's {@code /auth}: the server's time, which clients use to correct their timestamps, and
 * consumer key requests, answered with the URL where a user validates the key.
 */
@Path(OvhPaths.BASE + "/auth")
@Produces(MediaType.APPLICATION_JSON)
public class OvhAuthResource {

    private final OvhCredentialCommands credentials;
    private final OvhConfig config;

    OvhAuthResource(OvhCredentialCommands credentials, OvhConfig config) {
        this.credentials = credentials;
        this.config = config;
    }

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record CredentialRequest(List<OvhAccessRule> accessRules, String redirection) {
    }

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder({"validationUrl", "consumerKey", "state"})
    public record CredentialAnswer(String validationUrl, String consumerKey, String state) {
    }

    /** Unix time in seconds, a bare JSON integer. */
    @GET
    @Path("time")
    public long time() {
        return System.currentTimeMillis() / 1000;
    }

    @POST
    @Path("credential")
    public Uni<CredentialAnswer> credential(CredentialRequest body,
                                            @RestHeader(OvhAuthenticationMechanism.APPLICATION) String applicationKey,
                                            @RestHeader("X-Request-Id") String requestId, @Context UriInfo uri) {
        String base = config.publicUrl().map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", ""));
        return credentials.request(applicationKey, body == null ? null : body.accessRules(),
                        body == null ? null : body.redirection(), Decisions.correlationId(requestId))
                .map(requested -> new CredentialAnswer(base + OvhValidationPage.PATH + "/" + requested.id(),
                        requested.consumerKey(), OvhCredentialEntity.PENDING));
    }
}
