package io.lbaas.api.apikey;

import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.events.Actor;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the live API key whose secret hashes to what was sent, and gives the request the identity it was created
 * for: the same subject, organization, projects and roles.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final String FIND = """
            SELECT subject, subject_name, subject_type, organization_id, project_ids, roles FROM api_key
            WHERE secret_sha256 = $1 AND NOT revoked""";

    private final Pool pool;

    ApiKeyIdentityProvider(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return pool.preparedQuery(FIND).execute(Tuple.of(Secrets.sha256(request.secret()))).map(rows -> {
            if (rows.size() == 0) {
                throw new AuthenticationFailedException("api key not found");
            }
            Row key = rows.iterator().next();
            Caller caller = new Caller(new Actor(key.getString("subject_type"), key.getString("subject"),
                    key.getString("subject_name")), key.getUUID("organization_id"),
                    Set.of((UUID[]) key.getArrayOfUUIDs("project_ids")));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(key.getString("subject_name")))
                    .addRoles(Set.copyOf(Arrays.asList(key.getArrayOfStrings("roles"))))
                    .addAttribute(Callers.CALLER_ATTRIBUTE, caller)
                    .build();
        });
    }
}
