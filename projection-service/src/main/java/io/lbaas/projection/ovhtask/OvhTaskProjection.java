package io.lbaas.projection.ovhtask;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.projection.core.Projector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code ovh_task} read model: each refresh of an LB's OVH configuration as OVH's task, and how it went. An
 * event read twice changes nothing (the task's key; a status only moves forward).
 */
@ApplicationScoped
public class OvhTaskProjection implements Projector {

    static final String REFRESH = "refreshIplb";

    private static final String CREATE = """
            INSERT INTO ovh_task (lb_id, task_id, organization_id, project_id, action, status, zones, created_at,
                                  updated_at)
            VALUES ($1, $2, $3, $4, $5, 'todo', $6, $7, $7)
            ON CONFLICT (lb_id, task_id) DO NOTHING""";
    private static final String PROGRESS = """
            UPDATE ovh_task SET status = $3, reason = $4, updated_at = $5,
                                done_at = CASE WHEN $3 IN ('done', 'error') THEN $5 END
            WHERE lb_id = $1 AND task_id = $2 AND status NOT IN ('done', 'error')
                AND ($3 <> 'doing' OR status = 'todo')""";

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof OvhRefreshRequested refresh) {
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(), refresh.taskId(),
                    event.organizationId(), event.projectId(), REFRESH, refresh.zones().toArray(String[]::new),
                    time(event)))));
        }
        if (event.payload() instanceof OvhTaskProgressed progressed) {
            return List.of(execute(connection, PROGRESS, Tuple.from(Arrays.asList(event.aggregateId(),
                    progressed.taskId(), progressed.status(), progressed.reason(), time(event)))));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_task");
    }
}
