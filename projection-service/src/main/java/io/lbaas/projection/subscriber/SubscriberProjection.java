package io.lbaas.projection.subscriber;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.subscriber.SubscriberCreated;
import io.lbaas.events.subscriber.SubscriberDeleted;
import io.lbaas.events.subscriber.SubscriberSecretRotated;
import io.lbaas.events.subscriber.SubscriberUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code subscriber} read model. */
@ApplicationScoped
public class SubscriberProjection implements Projector {

    private static final String CREATE = """
            INSERT INTO subscriber (id, organization_id, project_id, region, name, email, webhook_uri, created_at,
                                    updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE subscriber SET name = $4, email = $5, webhook_uri = $6, updated_at = $7, version = $8
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    /** The secret itself is the notifier's alone: the read model only moves on to the new version. */
    private static final String ROTATED = """
            UPDATE subscriber SET updated_at = $4, version = $5
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.delete("subscriber");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof SubscriberCreated created) {
            return List.of(execute(connection, CREATE, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.organizationId(), event.projectId(), event.region(), created.name(), created.email(),
                    created.webhookUri(), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof SubscriberUpdated updated) {
            return List.of(execute(connection, UPDATE, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, updated.name(), updated.email(),
                    updated.webhookUri(), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof SubscriberSecretRotated) {
            return List.of(execute(connection, ROTATED, Tuple.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, time(event), event.aggregateVersion())));
        }
        if (event.payload() instanceof SubscriberDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM subscriber");
    }
}
