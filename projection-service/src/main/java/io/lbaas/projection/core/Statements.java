package io.lbaas.projection.core;

import io.lbaas.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What every projector's statements share. */
public final class Statements {

    private Statements() {
    }

    /** Runs one statement on the batch's connection; the answer is how many rows it changed. */
    public static Uni<Integer> execute(SqlConnection connection, String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments).map(rows -> rows.rowCount());
    }

    /** The event's time, which every read-model time comes from. */
    public static OffsetDateTime time(EventEnvelope event) {
        return event.occurredAt().atOffset(ZoneOffset.UTC);
    }

    /**
     * The deletion of a row of {@code table} ($1 id, $2 project, $3 previous version, $4 time, $5 version): it
     * stays, marked deleted, at the event's version.
     */
    public static String delete(String table) {
        return """
                UPDATE %s SET deleted = true, updated_at = $4, version = $5
                WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""".formatted(table);
    }

    /**
     * The deletion of a child of a load balancer, as {@link #delete}, which lowers the LB's {@code counter} in the
     * same statement, only if the child was really there.
     */
    public static String deleteChild(String table, String counter) {
        return """
                WITH gone AS (%1$s
                    RETURNING lb_id)
                UPDATE lb SET %2$s = %2$s - 1 FROM gone WHERE lb.id = gone.lb_id"""
                .formatted(delete(table), counter);
    }

    /**
     * {@code statement} run only for the event of an LB that comes next in its version order, an event that no
     * column of {@code lb} records but whose version it must take: a CTE {@code stepped} (the LB's id, or no row)
     * moves LB $1 of project $2 from version $3 to $4, and {@code statement} reads it. An event read twice is then
     * a no-op, like every other LB event.
     */
    public static String steppingLb(String statement) {
        return """
                WITH stepped AS (
                    UPDATE lb SET version = $4 WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted
                    RETURNING id)
                """ + statement;
    }

    /** $1 to $4 of {@link #steppingLb}. */
    public static Tuple lbStep(EventEnvelope event) {
        return Tuple.of(event.aggregateId(), event.projectId(), event.aggregateVersion() - 1,
                event.aggregateVersion());
    }

    /** Arguments of {@link #delete} and {@link #deleteChild}. */
    public static Tuple deletion(EventEnvelope event) {
        return Tuple.of(event.aggregateId(), event.projectId(), event.aggregateVersion() - 1, time(event),
                event.aggregateVersion());
    }
}
