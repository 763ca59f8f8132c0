package io.lbaas.api.ovh.auth;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a user validates a consumer key: the {@code validationUrl} of {@code POST /1.0/auth/credential}. The path is
 * guarded by Keycloak's sign-in (the OIDC tenant {@code ovh-console}, a web application; see application.properties),
 * so the page knows who the user is; it shows the application's access rules and validates on a form post, never on
 * the GET, so that a link alone cannot bind someone's identity to a key another person holds. The form carries a
 * token equal to a same-site cookie set with the page (double submit), which another site can neither read nor send.
 */
@Path(OvhValidationPage.PATH + "/{credential_id}")
public class OvhValidationPage {

    public static final String PATH = "/ovh-auth/validate";
    private static final String CSRF_COOKIE = "lbaas_ovh_csrf";
    private static final Set<String> KEY_ROLES = Set.of(Roles.READER, Roles.WRITER);

    private final SecurityIdentity identity;
    private final Callers callers;
    private final OvhCredentialCommands credentials;

    OvhValidationPage(SecurityIdentity identity, Callers callers, OvhCredentialCommands credentials) {
        this.identity = identity;
        this.callers = callers;
        this.credentials = credentials;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> page(@RestPath("credential_id") String credentialId) {
        UUID id = Arguments.uuid("credential_id", credentialId);
        String user = callers.current().actor().name();
        return credentials.requirePending(id).map(credential -> {
            String token = Keys.random(32);
            StringBuilder rules = new StringBuilder();
            for (int i = 0; i < credential.ruleMethods.size(); i++) {
                rules.append("<li><code>").append(html(credential.ruleMethods.get(i))).append(' ')
                        .append(html(credential.rulePaths.get(i))).append("</code></li>");
            }
            String page = """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>Grant access to an application</title></head>
                    <body><h1>Grant access to an application</h1>
                    <p>Signed in as <strong>%s</strong>. The application asks to act as you with these calls of the
                    OVH IP Load Balancing API:</p><ul>%s</ul>
                    <form method="post" action="%s"><input type="hidden" name="csrf" value="%s">
                    <button type="submit">Grant access</button></form></body></html>
                    """.formatted(html(user), rules, html(PATH + "/" + id), token);
            return Response.ok(page, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                    .cookie(new NewCookie.Builder(CSRF_COOKIE).value(token).path(PATH).httpOnly(true)
                            .sameSite(NewCookie.SameSite.STRICT).build())
                    .build();
        });
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> grant(@RestPath("credential_id") String credentialId, @FormParam("csrf") String csrf,
                               @CookieParam(CSRF_COOKIE) String cookie, @RestHeader("X-Request-Id") String requestId) {
        UUID id = Arguments.uuid("credential_id", credentialId);
        if (csrf == null || cookie == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                cookie.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.permissionDenied(OvhCredentialCommands.RESOURCE, "write");
        }
        Set<String> roles = identity.getRoles().stream().filter(KEY_ROLES::contains).collect(Collectors.toSet());
        return credentials.validate(callers.current(), roles, id, Decisions.correlationId(requestId))
                .map(credential -> credential.redirection == null
                        ? Response.ok("<!DOCTYPE html><html><body><p>Access granted. You can close this page.</p>"
                        + "</body></html>", MediaType.TEXT_HTML_TYPE).build()
                        : Response.seeOther(URI.create(credential.redirection)).build());
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
