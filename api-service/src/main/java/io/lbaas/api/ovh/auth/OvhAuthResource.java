package io.lbaas.api.ovh.auth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.events.ovh.OvhAccessRule;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
 * OVH's {@code /auth}: the server's time, which clients use to correct their timestamps, consumer key requests,
 * answered with the URL where a user validates the key (both unsigned), and the details of the signed caller's
 * credential, which OVH's Terraform provider reads when it starts.
 */
@Path(OvhPaths.BASE + "/auth")
@Produces(MediaType.APPLICATION_JSON)
public class OvhAuthResource {

    private final OvhCredentialCommands credentials;
    private final OvhConfig config;
    private final SecurityIdentity identity;
    private final Callers callers;

    OvhAuthResource(OvhCredentialCommands credentials, OvhConfig config, SecurityIdentity identity,
                    Callers callers) {
        this.credentials = credentials;
        this.config = config;
        this.identity = identity;
        this.callers = callers;
    }

    /**
     * OVH's {@code auth.Details}: who the credential acts for (the tenant's organization, the user who validated
     * it) and what it may call. A Keycloak token's caller is bound by roles rather than rules: every route.
     */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    public record Details(String account, List<OvhAccessRule> allowedRoutes, String description,
                          List<String> identities, String method, List<String> roles, String user) {
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

    @GET
    @Path("details")
    @Authenticated
    public Details details() {
        Caller caller = callers.current();
        List<OvhAccessRule> rules = identity.getAttribute(OvhIdentityProvider.RULES_ATTRIBUTE);
        return new Details(caller.organizationId() == null ? null : caller.organizationId().toString(),
                rules != null ? rules : AccessRules.METHODS.stream().sorted()
                        .map(method -> new OvhAccessRule(method, "/*")).toList(),
                caller.actor().type() + " " + caller.actor().name(), List.of(), "account",
                List.copyOf(identity.getRoles()).stream().sorted().toList(), caller.actor().name());
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
