package io.lbaas.projection.backend;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendHealthCheckUpdated;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code backend} read model, and the {@code backend_count} of its load balancer, which moves only when a
 * backend row really appeared or went (the counter update is joined to the guarded row change).
 */
@ApplicationScoped
public class BackendProjection implements Projector {

    private static final String CREATE = """
            WITH created AS (
                INSERT INTO backend (id, lb_id, organization_id, project_id, region, zone, name, spec, created_at,
                                     updated_at, version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
                ON CONFLICT (id) DO NOTHING
                RETURNING lb_id)
            UPDATE lb SET backend_count = backend_count + 1 FROM created WHERE lb.id = created.lb_id""";
    private static final String REPLACE_SPEC = """
            UPDATE backend SET name = $4, spec = $5, updated_at = $6, version = $7
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    /**
     * $4 is the JSON path of the part replaced: one statement, so it stays in log order within a batch. $5 goes as
     * text then becomes jsonb (a String sent as jsonb would be stored as a JSON string).
     */
    private static final String REPLACE_PART = """
            UPDATE backend SET spec = jsonb_set(spec::jsonb, $4::text[], ($5::text)::jsonb)::text, updated_at = $6,
                               version = $7
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.deleteChild("backend", "backend_count");

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof BackendCreated created) {
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(), created.lbId(),
                    event.organizationId(), event.projectId(), event.region(), event.zone(), created.spec().name(),
                    codec.toJson(created.spec()), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof BackendUpdated updated) {
            return List.of(execute(connection, REPLACE_SPEC, Tuple.from(List.of(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, updated.spec().name(),
                    codec.toJson(updated.spec()), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof BackendPoolChanged changed) {
            return List.of(replacePart(connection, event, "pool", changed.pool()));
        }
        if (event.payload() instanceof BackendHealthCheckUpdated updated) {
            return List.of(replacePart(connection, event, "health_check", updated.healthCheck()));
        }
        if (event.payload() instanceof BackendDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM backend");
    }

    private Uni<Integer> replacePart(SqlConnection connection, EventEnvelope event, String part, Object value) {
        return execute(connection, REPLACE_PART, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                event.aggregateVersion() - 1, new String[] {part}, codec.toJson(value), time(event),
                event.aggregateVersion())));
    }
}
