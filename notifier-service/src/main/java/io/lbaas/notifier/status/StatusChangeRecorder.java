package io.lbaas.notifier.status;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventDecodingException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbUpdated;
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

/**
 * Records every LB status change on the log, once per event id, in the same transaction as the LB status the
 * notifier keeps. The Kafka position is committed only after that transaction: a crash re-reads events, and
 * their ids make them no-ops.
 */
@ApplicationScoped
public class StatusChangeRecorder {

    private static final Logger LOG = Logger.getLogger(StatusChangeRecorder.class);

    private static final String RECORD = """
            INSERT INTO notifier.status_change (event_id, occurred_at, organization_id, project_id, lb_id, lb_name,
                                       resource_type, resource_id, old_status, new_status, reason)
            SELECT $1, $2, $3, $4, $5, COALESCE($6, known.name, ''), $7, $5, known.status, $8, $9
            FROM (SELECT 1) AS one LEFT JOIN notifier.lb_status AS known ON known.lb_id = $5
            ON CONFLICT (event_id) DO NOTHING""";
    private static final String TRACK = """
            INSERT INTO notifier.lb_status (lb_id, project_id, name, status, version)
            VALUES ($1, $2, COALESCE($3, ''), COALESCE($4, ''), $5)
            ON CONFLICT (lb_id) DO UPDATE SET name = COALESCE($3, lb_status.name),
                status = COALESCE($4, lb_status.status), version = $5
            WHERE lb_status.version < $5""";

    private final Pool pool;
    private final EventCodec codec = new EventCodec();
    private final Counter recorded;

    StatusChangeRecorder(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.recorded = registry.counter("notifier.status.changes");
    }

    @Incoming("lb-events")
    public Uni<Void> record(ConsumerRecords<String, byte[]> batch) {
        return pool.withTransaction(connection -> {
                    Uni<Void> applied = Uni.createFrom().voidItem();
                    for (ConsumerRecord<String, byte[]> record : batch) {
                        Optional<EventEnvelope> event = decode(record);
                        if (event.isPresent()) {
                            applied = applied.chain(() -> apply(connection, event.get()));
                        }
                    }
                    return applied;
                })
                .onFailure().invoke(e -> LOG.warnf("recording %d records failed, retrying: %s", batch.count(), e))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely();
    }

    private Uni<Void> apply(SqlConnection connection, EventEnvelope event) {
        Optional<StatusChange> change = StatusChange.of(event);
        if (change.isPresent()) {
            StatusChange c = change.get();
            Tuple arguments = Tuple.from(Arrays.asList(event.eventId(), event.occurredAt().atOffset(ZoneOffset.UTC),
                    event.organizationId(), event.projectId(), event.aggregateId(), c.lbName(), c.resourceType(),
                    c.newStatus(), c.reason()));
            return connection.preparedQuery(RECORD).execute(arguments)
                    .invoke(rows -> {
                        if (rows.rowCount() > 0) {
                            recorded.increment();
                        }
                    })
                    .chain(() -> track(connection, event, c.lbName(), c.newStatus()));
        }
        if (event.payload() instanceof LbUpdated updated) {
            return track(connection, event, updated.name(), null);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> track(SqlConnection connection, EventEnvelope event, String name, String status) {
        return connection.preparedQuery(TRACK)
                .execute(Tuple.from(Arrays.asList(event.aggregateId(), event.projectId(), name, status,
                        event.aggregateVersion())))
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
