package io.lbaas.api.dataplane;

import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.TaskReport;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Notices data-plane agents that fell silent. Agents send heartbeats naming the LBs they run; an LB whose agent
 * has not spoken for longer than the deadline becomes {@code unknown}, saying since when, until an agent reports
 * on it again. An LB that no agent has taken within the placement deadline of its creation becomes {@code error},
 * saying so: no status stays {@code to_create} for ever. A deleted LB whose removal no agent confirms within the
 * removal deadline is removed all the same, saying so (an agent that comes back takes it down when it reads the
 * log). Every replica sweeps; the change is decided like any other report, so a second replica sweeping the same
 * LB appends nothing. An OVH task no agent finished within the task deadline ends in {@code error}, saying so.
 */
@ApplicationScoped
public class DataPlaneWatch {

    private static final Logger LOG = Logger.getLogger(DataPlaneWatch.class);
    private static final String UNKNOWN = "unknown";
    private static final String ERROR = "error";
    private static final String SEEN = """
            INSERT INTO dataplane_heartbeat (lb_id, instance_id, seen_at)
            SELECT id, $2, now() FROM unnest($1::uuid[]) AS id
            ON CONFLICT (lb_id) DO UPDATE SET instance_id = EXCLUDED.instance_id, seen_at = EXCLUDED.seen_at""";
    private static final String SILENT = """
            SELECT h.lb_id, h.instance_id, h.seen_at FROM dataplane_heartbeat h JOIN lb ON lb.id = h.lb_id
            WHERE h.seen_at < now() - make_interval(secs => $1) AND NOT lb.deleted
                AND lb.status NOT IN ('unknown', 'to_delete', 'deleting')""";
    private static final String UNPLACED = """
            SELECT lb.id, lb.zone FROM lb
            WHERE lb.status = 'to_create' AND NOT lb.deleted AND lb.created_at < now() - make_interval(secs => $1)
                AND ($2::text[] IS NULL OR lb.zone = ANY($2))
                AND NOT EXISTS (SELECT 1 FROM dataplane_heartbeat AS h WHERE h.lb_id = lb.id)""";
    /** Deleted, and no agent confirmed it gone within the deadline of its last change. */
    private static final String NOT_REMOVED = """
            SELECT lb.id FROM lb
            WHERE lb.status IN ('to_delete', 'deleting') AND NOT lb.deleted
                AND lb.updated_at < now() - make_interval(secs => $1)""";
    /** OVH tasks no agent finished within the deadline of their creation. */
    private static final String UNFINISHED_TASKS = """
            SELECT t.lb_id, t.task_id FROM ovh_task t JOIN lb ON lb.id = t.lb_id
            WHERE t.status IN ('todo', 'doing') AND NOT lb.deleted
                AND t.created_at < now() - make_interval(secs => $1)""";
    private static final String FORGET_DELETED = """
            DELETE FROM dataplane_heartbeat h USING lb WHERE lb.id = h.lb_id AND lb.deleted""";

    private final Pool pool;
    private final DataPlaneCommands commands;
    private final Duration deadline;
    private final Duration placementDeadline;
    private final Duration removalDeadline;
    private final Duration taskDeadline;
    private final String[] placedZones;

    DataPlaneWatch(Pool pool, DataPlaneCommands commands, DataPlaneWatchConfig config, DataPlanePlacement placement) {
        this.pool = pool;
        this.commands = commands;
        this.deadline = config.silenceDeadline();
        this.placementDeadline = config.placementDeadline();
        this.removalDeadline = config.removalDeadline();
        this.taskDeadline = config.taskDeadline();
        this.placedZones = placement.placedZones();
    }

    public Uni<Void> heartbeat(String instanceId, List<UUID> lbIds) {
        return pool.preparedQuery(SEEN).execute(Tuple.of(lbIds.toArray(UUID[]::new), instanceId)).replaceWithVoid();
    }

    @Scheduled(every = "${lbaas.dataplane.silence-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return pool.query(FORGET_DELETED).execute()
                .chain(() -> forEachRow(SILENT, Tuple.of(seconds(deadline)), silent -> mark(silent.getUUID("lb_id"),
                        UNKNOWN, "no data plane has reported on this load balancer since "
                                + silent.getOffsetDateTime("seen_at") + " (agent " + silent.getString("instance_id")
                                + ")")))
                .chain(() -> forEachRow(UNPLACED, Tuple.of(seconds(placementDeadline), placedZones), unplaced ->
                        mark(unplaced.getUUID("id"), ERROR, "no data plane has taken this load balancer in zone "
                                + unplaced.getString("zone") + " within " + placementDeadline.toSeconds()
                                + " s of its creation")))
                .chain(() -> forEachRow(NOT_REMOVED, Tuple.of(seconds(removalDeadline)), overdue ->
                        remove(overdue.getUUID("id"), "no data plane confirmed that this load balancer was taken "
                                + "down within " + removalDeadline.toSeconds() + " s")))
                .chain(() -> forEachRow(UNFINISHED_TASKS, Tuple.of(seconds(taskDeadline)), task ->
                        failTask(task.getUUID("lb_id"), task.getLong("task_id"), "no data plane applied this "
                                + "configuration within " + taskDeadline.toSeconds() + " s")))
                .onFailure().invoke(e -> LOG.warnf("sweeping for silent data-plane agents failed: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Runs {@code action} on each row {@code sql} finds, one after the other. */
    private Uni<Void> forEachRow(String sql, Tuple arguments, Function<Row, Uni<Void>> action) {
        return pool.preparedQuery(sql).execute(arguments)
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(row -> action.apply(row))
                .collect().last().replaceWithVoid();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private Uni<Void> remove(UUID lbId, String reason) {
        LOG.warnf("lb %s: %s", lbId, reason);
        return logged(commands.remove(lbId, reason, UUID.randomUUID()), "lb " + lbId + " could not be removed");
    }

    private Uni<Void> failTask(UUID lbId, long taskId, String reason) {
        LOG.warnf("lb %s task %d: %s", lbId, taskId, reason);
        return logged(commands.reportTask(lbId, taskId, new TaskReport(OvhTaskProgressed.ERROR, reason),
                UUID.randomUUID()), "lb " + lbId + " task " + taskId + " could not be failed");
    }

    /** One LB's failure is logged and the sweep goes on with the next. */
    private static Uni<Void> logged(Uni<Void> decision, String failure) {
        return decision.onFailure().invoke(e -> LOG.warnf("%s: %s", failure, e.toString()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> mark(UUID lbId, String status, String reason) {
        LOG.warnf("lb %s: %s", lbId, reason);
        return logged(commands.reportStatus(lbId, new LbStatusReport(status, reason), UUID.randomUUID()),
                "lb " + lbId + " could not be marked " + status);
    }
}
