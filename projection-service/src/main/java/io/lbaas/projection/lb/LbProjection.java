package io.lbaas.projection.lb;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbMigrated;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbSubscribed;
import io.lbaas.events.lb.LbUnsubscribed;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code lb} read model. */
@ApplicationScoped
public class LbProjection implements Projector {

    private static final String INSERT = """
            INSERT INTO lb (id, organization_id, project_id, region, zone, name, description, type, tags,
                            ssl_compatibility_level, status, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE lb SET name = $4, description = $5, tags = $6, ssl_compatibility_level = $7, updated_at = $8,
                          version = $9
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String SUBSCRIBER = """
            UPDATE lb SET subscriber_id = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String TYPE = """
            UPDATE lb SET type = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String STATUS = """
            UPDATE lb SET status = $4, status_reason = $7, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String TO_DELETE = """
            UPDATE lb SET status = 'to_delete', status_reason = NULL, release_ips = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.delete("lb");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof LbCreated created) {
            return List.of(execute(connection, INSERT, Tuple.from(List.of(event.aggregateId(),
                    event.organizationId(), event.projectId(), event.region(), event.zone(), created.name(),
                    created.description(), created.type(), tags(created.tags()), created.sslCompatibilityLevel(),
                    LbEvents.STATUS_TO_CREATE, time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof LbUpdated updated) {
            return List.of(execute(connection, UPDATE, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, updated.name(), updated.description(), tags(updated.tags()),
                    updated.sslCompatibilityLevel(), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof LbSubscribed subscribed) {
            return List.of(subscriber(connection, event, subscribed.subscriberId()));
        }
        if (event.payload() instanceof LbUnsubscribed) {
            return List.of(subscriber(connection, event, null));
        }
        if (event.payload() instanceof LbMigrated migrated) {
            return List.of(set(connection, TYPE, event, migrated.type()));
        }
        if (event.payload() instanceof LbStatusChanged changed) {
            return List.of(status(connection, event, changed.status(), changed.reason()));
        }
        if (event.payload() instanceof LbDeleted deleted) {
            // Still there for its tenant until the data plane has taken it down (LbRemoved).
            return List.of(set(connection, TO_DELETE, event, deleted.releaseIp()));
        }
        if (event.payload() instanceof LbRemoved) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    private static Uni<Integer> status(SqlConnection connection, EventEnvelope event, String status, String reason) {
        return execute(connection, STATUS, Tuple.from(Arrays.asList(event.aggregateId(), event.projectId(),
                event.aggregateVersion() - 1, status, time(event), event.aggregateVersion(), reason)));
    }

    private static Uni<Integer> subscriber(SqlConnection connection, EventEnvelope event, UUID subscriber) {
        return set(connection, SUBSCRIBER, event, subscriber);
    }

    /** One column ($4) of the LB, at the event's version. */
    private static Uni<Integer> set(SqlConnection connection, String sql, EventEnvelope event, Object value) {
        return execute(connection, sql, Tuple.from(Arrays.asList(event.aggregateId(), event.projectId(),
                event.aggregateVersion() - 1, value, time(event), event.aggregateVersion())));
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM lb");
    }

    private static String[] tags(List<String> tags) {
        return tags.toArray(String[]::new);
    }
}
