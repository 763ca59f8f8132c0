package io.lbaas.notifier.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The deliveries owed, in PostgreSQL. Claiming one pushes its next attempt past the longest a send can take (its
 * lease), under FOR UPDATE SKIP LOCKED: several notifiers share the due deliveries and never take the same one. Each
 * outcome is written only by the attempt that claimed it (same attempt count, still pending), so the late answer of
 * an attempt whose lease ran out changes nothing.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** The PostgreSQL channel on which new deliveries are announced; the payload is empty. */
    public static final String DUE = "notifier_delivery_due";

    /**
     * The due deliveries, oldest first, but no more per subscriber than {@code $3} in flight (those still leased
     * count): one subscriber whose receiver hangs cannot take every slot from the others.
     */
    private static final String CLAIM = """
            WITH busy AS (
                SELECT subscriber_id, count(*) AS in_flight FROM notifier.delivery
                WHERE status = 'pending' AND claim IS NOT NULL AND next_attempt_at > clock_timestamp()
                GROUP BY subscriber_id),
            ranked AS (
                SELECT delivery.id, delivery.next_attempt_at, COALESCE(busy.in_flight, 0)
                    + row_number() OVER (PARTITION BY delivery.subscriber_id ORDER BY delivery.next_attempt_at) AS load
                FROM notifier.delivery LEFT JOIN busy USING (subscriber_id)
                WHERE delivery.status = 'pending' AND delivery.next_attempt_at <= clock_timestamp()),
            claimed AS (
                UPDATE notifier.delivery AS delivery
                SET attempts = delivery.attempts + 1, last_attempt_at = clock_timestamp(),
                    next_attempt_at = clock_timestamp() + $2 * interval '1 millisecond', claim = gen_random_uuid()
                FROM (SELECT id FROM notifier.delivery
                      WHERE id IN (SELECT id FROM ranked WHERE load <= $3 ORDER BY next_attempt_at LIMIT $1)
                          -- Checked again on the row as it is once locked: another notifier may have just
                          -- claimed it, after this statement's snapshot ranked it.
                          AND status = 'pending' AND next_attempt_at <= clock_timestamp()
                      FOR UPDATE SKIP LOCKED) AS due
                WHERE delivery.id = due.id
                RETURNING delivery.id, delivery.claim, delivery.event_id, delivery.subscriber_id, delivery.channel,
                    delivery.attempts)
            SELECT claimed.id AS delivery_id, claimed.claim, claimed.subscriber_id, claimed.channel, claimed.attempts,
                change.*,
                subscriber.email, subscriber.webhook_uri, subscriber.secret, subscriber.previous_secret,
                subscriber.previous_secret_until > clock_timestamp() AS previous_secret_signs,
                subscriber.webhook_disabled_reason, subscriber.deleted
            FROM claimed
            JOIN notifier.status_change AS change ON change.event_id = claimed.event_id
            JOIN notifier.subscriber ON subscriber.id = claimed.subscriber_id""";
    private static final String OWNED = " WHERE id = $1 AND claim = $2 AND status = 'pending'";
    /** A receiver's 2xx wins whichever claim it answers: the delivery is never sent again. */
    private static final String DELIVERED = """
            UPDATE notifier.delivery SET status = 'delivered', delivered_at = clock_timestamp(), last_status_code = $2,
                last_error = NULL
            WHERE id = $1 AND status = 'pending'""";
    /** No longer in flight: the claim is given back with the wait. */
    private static final String RETRY = """
            UPDATE notifier.delivery SET next_attempt_at = $3, last_status_code = $4, last_error = $5, claim = NULL"""
            + OWNED;
    private static final String DEAD_LETTER = """
            UPDATE notifier.delivery SET status = 'dead_letter', last_status_code = $3, last_error = $4""" + OWNED;
    /** The claim counted an attempt that was never made. */
    private static final String CANCEL = """
            UPDATE notifier.delivery SET status = 'cancelled', attempts = attempts - 1, last_error = $3""" + OWNED;
    /** The webhook is turned off only if it still points where the 410 came from. */
    private static final String GONE = """
            WITH gone AS (
                UPDATE notifier.delivery SET status = 'dead_letter', last_status_code = 410, last_error = $3"""
            + OWNED + """
                RETURNING subscriber_id),
            disabled AS (
                UPDATE notifier.subscriber SET webhook_disabled_reason = $3
                WHERE id IN (SELECT subscriber_id FROM gone) AND webhook_uri = $4)
            SELECT count(*) FROM gone""";

    private final Pool pool;

    DeliveryQueue(Pool pool) {
        this.pool = pool;
    }

    /** Wakes every notifier's workers once the caller's transaction commits. */
    public Uni<Void> announce(SqlConnection connection) {
        return connection.query("SELECT pg_notify('" + DUE + "', '')").execute().replaceWithVoid();
    }

    /** Up to {@code limit} due deliveries, each leased for {@code leaseMillis}, {@code perSubscriber} at most. */
    public Uni<List<Delivery>> claim(int limit, long leaseMillis, int perSubscriber) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, leaseMillis, perSubscriber)).map(rows -> {
            List<Delivery> claimed = new ArrayList<>();
            for (Row row : rows) {
                claimed.add(delivery(row));
            }
            return claimed;
        });
    }

    public Uni<Boolean> delivered(Delivery delivery, Integer statusCode) {
        return update(DELIVERED, Tuple.from(Arrays.asList(delivery.id(), statusCode)));
    }

    public Uni<Boolean> retryAt(Delivery delivery, Instant next, Attempt attempt) {
        return update(RETRY, Tuple.from(Arrays.asList(delivery.id(), delivery.claim(),
                next.atOffset(ZoneOffset.UTC), attempt.statusCode(), attempt.error())));
    }

    public Uni<Boolean> deadLetter(Delivery delivery, Integer statusCode, String error) {
        return update(DEAD_LETTER, Tuple.from(Arrays.asList(delivery.id(), delivery.claim(), statusCode, error)));
    }

    public Uni<Boolean> cancel(Delivery delivery, String reason) {
        return update(CANCEL, Tuple.of(delivery.id(), delivery.claim(), reason));
    }

    /**
     * Dead-letters a delivery the receiver answered 410 Gone, and turns its subscriber's webhook off: its later
     * deliveries are cancelled when they come due, until the subscriber is updated.
     */
    public Uni<Boolean> gone(Delivery delivery, String error) {
        return pool.preparedQuery(GONE).execute(Tuple.of(delivery.id(), delivery.claim(), error,
                delivery.recipient().webhookUri())).map(rows -> rows.iterator().next().getLong(0) == 1);
    }

    private Uni<Boolean> update(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments).map(rows -> rows.rowCount() == 1);
    }

    private static Delivery delivery(Row row) {
        List<String> secrets = new ArrayList<>(List.of(row.getString("secret")));
        if (Boolean.TRUE.equals(row.getBoolean("previous_secret_signs"))) {
            secrets.add(row.getString("previous_secret"));
        }
        return new Delivery(row.getUUID("delivery_id"), row.getUUID("claim"), row.getUUID("subscriber_id"),
                row.getString("channel"), row.getInteger("attempts"), Alert.of(row), new Delivery.Recipient(row.getString("email"),
                row.getString("webhook_uri"), List.copyOf(secrets), row.getString("webhook_disabled_reason"),
                row.getBoolean("deleted")));
    }
}
