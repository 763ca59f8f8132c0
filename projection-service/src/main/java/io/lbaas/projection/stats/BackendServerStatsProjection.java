package io.lbaas.projection.stats;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbDeleted;
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
 * The {@code backend_server_stats} read model: the last state the data plane saw of each server of each backend.
 * The observation moves its LB's version (it is an event of the LB) but not the LB's {@code updated_at}, which
 * tells when the tenant last changed it. Servers leave with their backend, their LB, or the pool.
 */
@ApplicationScoped
public class BackendServerStatsProjection implements Projector {

    private static final String OBSERVED = Statements.steppingLb("""
            INSERT INTO backend_server_stats (backend_id, ip, lb_id, instance_id, server_state,
                                              server_state_changed_at, last_health_check_status, observed_at)
            SELECT $5, $6, stepped.id, $7, $8, $10, $9, $10 FROM stepped
            ON CONFLICT (backend_id, ip) DO UPDATE SET
                instance_id = EXCLUDED.instance_id,
                server_state_changed_at = CASE WHEN backend_server_stats.server_state = EXCLUDED.server_state
                    THEN backend_server_stats.server_state_changed_at ELSE EXCLUDED.server_state_changed_at END,
                server_state = EXCLUDED.server_state,
                last_health_check_status = EXCLUDED.last_health_check_status,
                observed_at = EXCLUDED.observed_at""");
    private static final String BACKEND_GONE = "DELETE FROM backend_server_stats WHERE backend_id = $1";
    private static final String LB_GONE = "DELETE FROM backend_server_stats WHERE lb_id = $1";
    private static final String LEFT_POOL =
            "DELETE FROM backend_server_stats WHERE backend_id = $1 AND NOT (ip = ANY($2))";

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof BackendServerStateChanged observed) {
            return List.of(execute(connection, OBSERVED, Statements.lbStep(event).addValue(observed.backendId())
                    .addValue(observed.ip()).addValue(observed.instanceId()).addValue(observed.serverState())
                    .addValue(observed.lastHealthCheckStatus()).addValue(time(event))));
        }
        if (event.payload() instanceof BackendPoolChanged changed) {
            return List.of(execute(connection, LEFT_POOL,
                    Tuple.of(event.aggregateId(), changed.pool().toArray(String[]::new))));
        }
        if (event.payload() instanceof BackendDeleted) {
            return List.of(execute(connection, BACKEND_GONE, Tuple.of(event.aggregateId())));
        }
        if (event.payload() instanceof LbDeleted) {
            return List.of(execute(connection, LB_GONE, Tuple.of(event.aggregateId())));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM backend_server_stats");
    }
}
