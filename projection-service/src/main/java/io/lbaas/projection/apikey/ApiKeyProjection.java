package io.lbaas.projection.apikey;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.apikey.ApiKeyCreated;
import io.lbaas.events.apikey.ApiKeyRevoked;
import io.lbaas.projection.core.Projector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code api_key} read model, which the API authenticates {@code X-Auth-Token} against. */
@ApplicationScoped
public class ApiKeyProjection implements Projector {

    private static final String CREATE = """
            INSERT INTO api_key (id, organization_id, access_key, secret_sha256, description, subject, subject_name,
                                 subject_type, project_ids, roles, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
            ON CONFLICT (id) DO NOTHING""";
    private static final String REVOKE = """
            UPDATE api_key SET revoked = true, updated_at = $4, version = $5
            WHERE id = $1 AND organization_id = $2 AND version = $3 AND NOT revoked""";

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof ApiKeyCreated created) {
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(),
                    event.organizationId(), created.accessKey(), created.secretSha256(), created.description(),
                    created.subject(), created.subjectName(), created.subjectType(),
                    created.projectIds().toArray(UUID[]::new), created.roles().toArray(String[]::new), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof ApiKeyRevoked) {
            return List.of(execute(connection, REVOKE, Tuple.of(event.aggregateId(), event.organizationId(),
                    event.aggregateVersion() - 1, time(event), event.aggregateVersion())));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM api_key");
    }
}
