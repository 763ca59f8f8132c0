package io.lbaas.projection.ovhtask;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code ovh_task} read model: each refresh of an LB's OVH configuration as OVH's task, and how it went. The
 * events are the LB's: they move its version, so one read twice changes nothing; a status only moves forward.
 */
@ApplicationScoped
public class OvhTaskProjection implements Projector {

    static final String REFRESH = "refreshIplb";

    /** Each statement is also the LB's next version (see {@link Statements#steppingLb}). */
    private static final String CREATE = Statements.steppingLb("""
            INSERT INTO ovh_task (lb_id, task_id, organization_id, project_id, action, status, zones, created_at,
                                  updated_at)
            SELECT stepped.id, $5, $6, $2, $7, 'todo', $8, $9, $9 FROM stepped
            ON CONFLICT (lb_id, task_id) DO NOTHING""");
    private static final String PROGRESS = Statements.steppingLb("""
            UPDATE ovh_task SET status = $6, reason = $7, updated_at = $8,
                                done_at = CASE WHEN $6 IN ('done', 'error') THEN $8::timestamptz END
            FROM stepped
            WHERE ovh_task.lb_id = stepped.id AND task_id = $5 AND status NOT IN ('done', 'error')
                AND ($6 <> 'doing' OR status = 'todo')""");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof OvhRefreshRequested refresh) {
            return List.of(execute(connection, CREATE, Statements.lbStep(event).addValue(refresh.taskId())
                    .addValue(event.organizationId()).addValue(REFRESH)
                    .addValue(refresh.zones().toArray(String[]::new)).addValue(time(event))));
        }
        if (event.payload() instanceof OvhTaskProgressed progressed) {
            return List.of(execute(connection, PROGRESS, Statements.lbStep(event).addValue(progressed.taskId())
                    .addValue(progressed.status()).addValue(progressed.reason()).addValue(time(event))));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_task");
    }
}
