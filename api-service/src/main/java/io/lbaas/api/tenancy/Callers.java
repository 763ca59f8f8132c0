package io.lbaas.api.tenancy;

import io.lbaas.events.Actor;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the caller from the Keycloak token: claims {@code organization_id} and {@code project_ids}, mapped
 * from user attributes that only administrators can change (malformed claims grant nothing), or from the API key
 * the request authenticated with.
 */
@ApplicationScoped
public class Callers {

    /** Where an identity not made from a Keycloak token (an API key's) carries its caller. */
    public static final String CALLER_ATTRIBUTE = "lbaas.caller";
    static final String ORGANIZATION_CLAIM = "organization_id";
    static final String PROJECTS_CLAIM = "project_ids";
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller of the current request, once it is authenticated (after the @RolesAllowed check). */
    public Caller current() {
        return of(identity);
    }

    static Caller of(SecurityIdentity identity) {
        Caller given = identity.getAttribute(CALLER_ATTRIBUTE);
        if (given != null) {
            return given;
        }
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        Object username = claim(token, "preferred_username");
        String name = username != null ? username.toString() : token.getSubject();
        String type = name.startsWith(SERVICE_ACCOUNT_PREFIX) ? Actor.SERVICE_ACCOUNT : Actor.USER;
        return new Caller(new Actor(type, token.getSubject(), name), uuid(claim(token, ORGANIZATION_CLAIM)),
                projects(claim(token, PROJECTS_CLAIM)));
    }

    /**
     * A claim as the token has it. smallrye-jwt's {@code getClaim} first looks the name up among the standard
     * claims, throwing and catching an exception for every other name; on the hot path of every request that
     * cost is measurable, so the parsed claims are read directly when they are at hand.
     */
    private static Object claim(JsonWebToken token, String name) {
        return token instanceof OidcJwtCallerPrincipal oidc ? oidc.getClaims().getClaimValue(name)
                : token.getClaim(name);
    }

    private static Set<UUID> projects(Object claim) {
        Set<UUID> projects = new HashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> add(projects, value instanceof JsonString s ? s.getString() : null));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> add(projects, String.valueOf(value)));
        } else if (claim != null) {
            add(projects, claim instanceof JsonString s ? s.getString() : claim.toString());
        }
        return Set.copyOf(projects);
    }

    private static void add(Set<UUID> projects, String value) {
        UUID project = uuid(value);
        if (project != null) {
            projects.add(project);
        }
    }

    private static UUID uuid(Object value) {
        String text = value instanceof JsonString s ? s.getString() : value == null ? null : value.toString();
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
