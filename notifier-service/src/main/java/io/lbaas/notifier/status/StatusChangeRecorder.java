package io.lbaas.notifier.status;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventDecodingException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.notifier.delivery.DeliveryQueue;
import io.lbaas.notifier.delivery.NotifierConfig;
import io.lbaas.notifier.subscriber.SubscriberRecords;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every status change on the log once per event id, and in the same transaction owes a delivery to the
 * subscriber of the LB it concerns. The Kafka position is committed only after that transaction: a crash re-reads
 * events, and their ids make them no-ops, so a log read again (a rewound consumer group, a replay) sends nothing
 * twice.
 */
@ApplicationScoped
public class StatusChangeRecorder {

    private static final Logger LOG = Logger.getLogger(StatusChangeRecorder.class);

    /**
     * The change, and in the same statement the deliveries it owes: none when the event was recorded before, nor
     * when it is older than max-alert-age (a notifier starting on an old log, or on an emptied schema).
     */
    private static final String RECORD = """
            WITH known AS (
                SELECT lb_id, name, status FROM notifier.resource_status
                WHERE resource_type = $7 AND resource_id = $8 AND resource_key = $9),
            target AS (SELECT COALESCE($6, (SELECT lb_id FROM known)) AS lb_id),
            recorded AS (
                INSERT INTO notifier.status_change (event_id, event_type, occurred_at, organization_id, project_id,
                    lb_id, lb_name, resource_type, resource_id, resource_name, old_status, new_status,
                    last_health_check_status, reason)
                SELECT $1, $2, $3, $4, $5, target.lb_id, COALESCE(lb.name, ''), $7, $8,
                    COALESCE($10, (SELECT name FROM known), ''), (SELECT status FROM known), $11, $12, $13
                FROM target LEFT JOIN notifier.lb_status AS lb ON lb.lb_id = target.lb_id
                WHERE target.lb_id IS NOT NULL
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id, lb_id, occurred_at)
            INSERT INTO notifier.delivery (id, event_id, subscriber_id, channel, status, next_attempt_at)
            SELECT gen_random_uuid(), recorded.event_id, subscriber.id,
                CASE WHEN subscriber.email IS NULL THEN 'webhook' ELSE 'email' END, 'pending', clock_timestamp()
            FROM recorded
            JOIN notifier.lb_status AS lb ON lb.lb_id = recorded.lb_id
            JOIN notifier.subscriber ON subscriber.id = lb.subscriber_id AND NOT subscriber.deleted
            WHERE recorded.occurred_at > clock_timestamp() - $14 * interval '1 millisecond'
            ON CONFLICT DO NOTHING""";
    private static final String TRACK_STATUS = """
            INSERT INTO notifier.resource_status (resource_type, resource_id, resource_key, lb_id, name, status,
                version)
            SELECT $1, $2, $3, COALESCE($4, known.lb_id), COALESCE($5, known.name, ''), $6, $7
            FROM (SELECT 1) AS one LEFT JOIN notifier.resource_status AS known
                ON known.resource_type = $1 AND known.resource_id = $2 AND known.resource_key = $3
            WHERE COALESCE($4, known.lb_id) IS NOT NULL
            ON CONFLICT (resource_type, resource_id, resource_key) DO UPDATE
                SET name = EXCLUDED.name, status = EXCLUDED.status, version = EXCLUDED.version
            WHERE resource_status.version < EXCLUDED.version""";
    private static final String TRACK_LB = """
            INSERT INTO notifier.lb_status (lb_id, project_id, name, version)
            VALUES ($1, $2, COALESCE($3, ''), $4)
            ON CONFLICT (lb_id) DO UPDATE SET name = COALESCE($3, lb_status.name), version = $4
            WHERE lb_status.version < $4""";

    private final Pool pool;
    private final SubscriberRecords subscribers;
    private final DeliveryQueue deliveries;
    private final EventCodec codec = new EventCodec();
    private final Counter owed;
    private final long maxAlertAgeMillis;

    StatusChangeRecorder(Pool pool, SubscriberRecords subscribers, DeliveryQueue deliveries, NotifierConfig config,
                         MeterRegistry registry) {
        this.pool = pool;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.maxAlertAgeMillis = config.maxAlertAge().toMillis();
        this.owed = registry.counter("notifier.deliveries.owed");
    }

    @Incoming("lb-events")
    public Uni<Void> record(ConsumerRecords<String, byte[]> batch) {
        AtomicInteger owedInBatch = new AtomicInteger();
        return pool.withTransaction(connection -> {
                    owedInBatch.set(0);
                    Uni<Void> applied = Uni.createFrom().voidItem();
                    for (ConsumerRecord<String, byte[]> record : batch) {
                        Optional<EventEnvelope> event = decode(record);
                        if (event.isPresent()) {
                            applied = applied.chain(() -> apply(connection, event.get(), owedInBatch));
                        }
                    }
                    return applied.chain(() -> owedInBatch.get() == 0 ? Uni.createFrom().voidItem()
                            : deliveries.announce(connection));
                })
                .invoke(() -> owed.increment(owedInBatch.get()))
                .onFailure().invoke(e -> LOG.warnf("recording %d records failed, retrying: %s", batch.count(), e))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely();
    }

    private Uni<Void> apply(SqlConnection connection, EventEnvelope event, AtomicInteger owedInBatch) {
        return trackLb(connection, event)
                .chain(() -> subscribers.apply(connection, event))
                .chain(() -> StatusChange.of(event).map(change -> record(connection, event, change, owedInBatch))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Void> record(SqlConnection connection, EventEnvelope event, StatusChange change,
                             AtomicInteger owedInBatch) {
        Tuple recorded = Tuple.from(Arrays.asList(event.eventId(), event.type(),
                event.occurredAt().atOffset(ZoneOffset.UTC), event.organizationId(), event.projectId(),
                change.lbId(), change.resourceType(), change.resourceId(), change.resourceKey(),
                change.name(), change.newStatus(), change.lastHealthCheckStatus(), change.reason(),
                maxAlertAgeMillis));
        Tuple tracked = Tuple.from(Arrays.asList(change.resourceType(), change.resourceId(), change.resourceKey(),
                change.lbId(), change.name(), change.newStatus(), event.aggregateVersion()));
        return connection.preparedQuery(RECORD).execute(recorded)
                .invoke(rows -> owedInBatch.addAndGet(rows.rowCount()))
                .chain(() -> connection.preparedQuery(TRACK_STATUS).execute(tracked))
                .replaceWithVoid();
    }

    /** The LB's name, which every alert about it or its parts carries. */
    private static Uni<Void> trackLb(SqlConnection connection, EventEnvelope event) {
        String name = event.payload() instanceof LbCreated created ? created.name()
                : event.payload() instanceof LbUpdated updated ? updated.name() : null;
        if (name == null) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(TRACK_LB)
                .execute(Tuple.of(event.aggregateId(), event.projectId(), name, event.aggregateVersion()))
                .replaceWithVoid();
    }

    private Optional<EventEnvelope> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(codec.decode(record.value()));
        } catch (EventDecodingException e) {
            LOG.warnf("skipping unreadable record at partition %d offset %d: %s", record.partition(),
                    record.offset(), e.getMessage());
            return Optional.empty();
        }
    }
}
