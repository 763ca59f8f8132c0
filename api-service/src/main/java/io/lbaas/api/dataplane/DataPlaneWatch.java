package io.lbaas.api.dataplane;

import io.lbaas.events.dataplane.LbStatusReport;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Notices data-plane agents that fell silent. Agents send heartbeats naming the LBs they run; an LB whose agent
 * has not spoken for longer than the deadline becomes {@code unknown}, saying since when, until an agent reports
 * on it again. An LB that no agent has taken within the placement deadline of its creation becomes {@code error},
 * saying so: no status stays {@code to_create} for ever. A deleted LB whose removal no agent confirms within the
 * removal deadline is removed all the same, saying so (an agent that comes back takes it down when it reads the
 * log). Every replica sweeps; the change is decided like any other report, so a second replica sweeping the same
 * LB appends nothing.
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
    private static final String FORGET_DELETED = """
            DELETE FROM dataplane_heartbeat h USING lb WHERE lb.id = h.lb_id AND lb.deleted""";

    private final Pool pool;
    private final DataPlaneCommands commands;
    private final Duration deadline;
    private final Duration placementDeadline;
    private final Duration removalDeadline;
    private final String[] placedZones;

    DataPlaneWatch(Pool pool, DataPlaneCommands commands, DataPlaneWatchConfig config, DataPlanePlacement placement) {
        this.pool = pool;
        this.commands = commands;
        this.deadline = config.silenceDeadline();
        this.placementDeadline = config.placementDeadline();
        this.removalDeadline = config.removalDeadline();
        this.placedZones = placement.placedZones();
    }

    public Uni<Void> heartbeat(String instanceId, List<UUID> lbIds) {
        return pool.preparedQuery(SEEN).execute(Tuple.of(lbIds.toArray(UUID[]::new), instanceId)).replaceWithVoid();
    }

    @Scheduled(every = "${lbaas.dataplane.silence-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return pool.query(FORGET_DELETED).execute()
                .chain(() -> pool.preparedQuery(SILENT).execute(Tuple.of(deadline.toMillis() / 1000.0)))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(silent -> mark(silent.getUUID("lb_id"), UNKNOWN,
                        "no data plane has reported on this load balancer since " + silent.getOffsetDateTime("seen_at")
                                + " (agent " + silent.getString("instance_id") + ")"))
                .collect().last()
                .chain(() -> pool.preparedQuery(UNPLACED).execute(Tuple.of(placementDeadline.toMillis() / 1000.0,
                        placedZones)))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(unplaced -> mark(unplaced.getUUID("id"), ERROR,
                        "no data plane has taken this load balancer in zone " + unplaced.getString("zone")
                                + " within " + placementDeadline.toSeconds() + " s of its creation"))
                .collect().last()
                .chain(() -> pool.preparedQuery(NOT_REMOVED).execute(Tuple.of(removalDeadline.toMillis() / 1000.0)))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(overdue -> remove(overdue.getUUID("id"),
                        "no data plane confirmed that this load balancer was taken down within "
                                + removalDeadline.toSeconds() + " s"))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("sweeping for silent data-plane agents failed: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> remove(UUID lbId, String reason) {
        LOG.warnf("lb %s: %s", lbId, reason);
        return commands.remove(lbId, reason, UUID.randomUUID())
                .onFailure().invoke(e -> LOG.warnf("lb %s could not be removed: %s", lbId, e.toString()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> mark(UUID lbId, String status, String reason) {
        LOG.warnf("lb %s: %s", lbId, reason);
        return commands.reportStatus(lbId, new LbStatusReport(status, reason), UUID.randomUUID())
                .onFailure().invoke(e -> LOG.warnf("lb %s could not be marked %s: %s", lbId, status, e.toString()))
                .onFailure().recoverWithNull();
    }
}
