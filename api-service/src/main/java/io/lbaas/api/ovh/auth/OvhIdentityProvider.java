package io.lbaas.api.ovh.auth;

import io.lbaas.api.ovh.error.OvhAuthenticationFailed;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.events.Actor;
import io.lbaas.events.ovh.OvhAccessRule;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a signed OVH request against the read models: the application key must be live, the consumer key validated
 * for that application, the signature made with the application's secret, and the call granted by the consumer key's
 * access rules. The identity is the one that validated the consumer key: the same {@link Caller} the Scaleway
 * resources use, so the OVH resources scope by tenancy the same way.
 */
@ApplicationScoped
public class OvhIdentityProvider implements IdentityProvider<OvhSignedRequest> {

    private static final String FIND = """
            SELECT a.secret_ciphertext, c.status, c.organization_id, c.rule_methods, c.rule_paths, c.subject,
                   c.subject_name, c.subject_type, c.project_ids, c.roles
            FROM ovh_application a
            LEFT JOIN ovh_credential c ON c.application_id = a.id AND c.consumer_key_sha256 = $2
            WHERE a.application_key = $1 AND NOT a.deleted""";

    /** Where a signed request's identity carries the access rules of its consumer key. */
    static final String RULES_ATTRIBUTE = "lbaas.ovh.rules";
    private static final String OWN_DETAILS = "/auth/details";

    private final Pool pool;
    private final SecretBox secrets;

    OvhIdentityProvider(Pool pool, SecretBox secrets) {
        this.pool = pool;
        this.secrets = secrets;
    }

    @Override
    public Class<OvhSignedRequest> getRequestType() {
        return OvhSignedRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(OvhSignedRequest request, AuthenticationRequestContext context) {
        return pool.preparedQuery(FIND).execute(Tuple.of(request.applicationKey, Keys.sha256(request.consumerKey)))
                .map(rows -> {
                    try {
                        if (rows.size() == 0) {
                            throw OvhException.auth(403, "INVALID_KEY", "This application key is invalid");
                        }
                        return identity(request, rows.iterator().next());
                    } catch (OvhException e) {
                        throw OvhAuthenticationFailed.of(e, HttpSecurityUtils.getRoutingContextAttribute(request));
                    }
                });
    }

    private SecurityIdentity identity(OvhSignedRequest request, Row found) {
        if (!"validated".equals(found.getString("status"))) {
            throw OvhException.auth(403, "INVALID_CREDENTIAL", "This credential is not valid");
        }
        if (!secrets.configured() || !OvhSignature.matches(request.signature,
                secrets.open(found.getString("secret_ciphertext")), request.consumerKey, request.method,
                request.urls, request.body, request.timestamp)) {
            throw OvhException.auth(400, "INVALID_SIGNATURE", "Invalid signature");
        }
        // A credential may always read its own details, whatever its rules, as OVH's Terraform provider expects.
        boolean ownDetails = "GET".equals(request.method) && OWN_DETAILS.equals(request.path);
        if (!ownDetails && !AccessRules.grants(rules(found), request.method, request.path)) {
            throw OvhException.auth(403, "NOT_GRANTED_CALL", "This call has not been granted");
        }
        Caller caller = new Caller(new Actor(found.getString("subject_type"), found.getString("subject"),
                found.getString("subject_name")), found.getUUID("organization_id"),
                Set.of((UUID[]) found.getArrayOfUUIDs("project_ids")));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(found.getString("subject_name")))
                .addRoles(Set.copyOf(Arrays.asList(found.getArrayOfStrings("roles"))))
                .addAttribute(Callers.CALLER_ATTRIBUTE, caller)
                .addAttribute(RULES_ATTRIBUTE, rules(found))
                .build();
    }

    private static List<OvhAccessRule> rules(Row found) {
        String[] methods = found.getArrayOfStrings("rule_methods");
        String[] paths = found.getArrayOfStrings("rule_paths");
        List<OvhAccessRule> rules = new ArrayList<>();
        for (int i = 0; i < methods.length; i++) {
            rules.add(new OvhAccessRule(methods[i], paths[i]));
        }
        return rules;
    }
}
