package io.lbaas.projection.core;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventDecodingException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.UnsupportedSchemaVersionException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies records of the event log to the read models. A batch is one transaction that also moves the
 * stored positions past its records; a record behind the stored position was applied before and is skipped.
 * The commit notifies {@value #PROGRESS_CHANNEL}, which the API waits on to answer only when its events are
 * readable.
 */
@ApplicationScoped
public class ProjectionWriter {

    public static final String PROGRESS_CHANNEL = "projection_progress";

    private static final Logger LOG = Logger.getLogger(ProjectionWriter.class);

    private final Pool pool;
    private final List<Projector> projectors;
    private final EventCodec codec = new EventCodec();
    private final Counter applied;
    private final Counter redelivered;
    private final Counter rejected;
    private final Counter ineffective;

    ProjectionWriter(Pool pool, Instance<Projector> projectors, MeterRegistry registry) {
        this.pool = pool;
        this.projectors = projectors.stream().toList();
        this.applied = registry.counter("projection.events", "outcome", "applied");
        this.redelivered = registry.counter("projection.events", "outcome", "redelivered");
        this.rejected = registry.counter("projection.events", "outcome", "rejected");
        this.ineffective = registry.counter("projection.events", "outcome", "ineffective");
    }

    public Uni<Void> apply(List<ConsumerRecord<String, byte[]>> records) {
        List<Integer> partitions = records.stream().map(ConsumerRecord::partition).distinct().toList();
        return pool.withTransaction(connection -> lockPositions(connection, partitions)
                .chain(positions -> applyAll(connection, records, positions))
                .chain(positions -> savePositions(connection, positions)));
    }

    /** Reads and row-locks the stored positions, so that a concurrent rebuild and a batch wait for each other. */
    Uni<Positions> lockPositions(SqlConnection connection, Collection<Integer> partitions) {
        return connection.preparedQuery(
                        "SELECT partition, next_offset FROM projection_offset WHERE partition = ANY($1) FOR UPDATE")
                .execute(Tuple.of(partitions.toArray(Integer[]::new)))
                .map(rows -> {
                    Map<Integer, Long> next = new HashMap<>();
                    for (Row row : rows) {
                        next.put(row.getInteger(0), row.getLong(1));
                    }
                    return new Positions(next);
                });
    }

    Uni<Positions> applyAll(SqlConnection connection, List<ConsumerRecord<String, byte[]>> records,
                            Positions positions) {
        List<Uni<Integer>> statements = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (positions.alreadyApplied(record.partition(), record.offset())) {
                redelivered.increment();
                continue;
            }
            positions.advancePast(record.partition(), record.offset());
            decode(record).ifPresent(event -> statements.addAll(statementsOf(connection, event)));
        }
        if (statements.isEmpty()) {
            return Uni.createFrom().item(positions);
        }
        // Issued together, the statements are pipelined on the one connection and run in log order.
        return Uni.join().all(statements).andFailFast().replaceWith(positions);
    }

    Uni<Void> savePositions(SqlConnection connection, Positions positions) {
        Map<Integer, Long> next = positions.asMap();
        return connection.preparedQuery("""
                        INSERT INTO projection_offset (partition, next_offset)
                        SELECT * FROM unnest($1::int[], $2::bigint[])
                        ON CONFLICT (partition) DO UPDATE SET next_offset = EXCLUDED.next_offset""")
                .execute(Tuple.of(next.keySet().toArray(Integer[]::new), next.values().toArray(Long[]::new)))
                .chain(() -> connection.preparedQuery("SELECT pg_notify($1, $2)")
                        .execute(Tuple.of(PROGRESS_CHANNEL, positions.notification())))
                .replaceWithVoid();
    }

    private List<Uni<Integer>> statementsOf(SqlConnection connection, EventEnvelope event) {
        List<Uni<Integer>> statements = new ArrayList<>();
        for (Projector projector : projectors) {
            for (Uni<Integer> statement : projector.apply(connection, event)) {
                statements.add(statement.invoke(changed -> countOutcome(event, changed)));
            }
        }
        return statements;
    }

    private void countOutcome(EventEnvelope event, int changedRows) {
        if (changedRows > 0) {
            applied.increment();
        } else {
            ineffective.increment();
            LOG.warnf("event %s (%s, %s %s version %d) changed nothing: a duplicate append or out of order",
                    event.eventId(), event.type(), event.aggregateType(), event.aggregateId(),
                    event.aggregateVersion());
        }
    }

    private Optional<EventEnvelope> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(codec.decode(record.value()));
        } catch (UnsupportedSchemaVersionException e) {
            throw e;
        } catch (EventDecodingException e) {
            rejected.increment();
            LOG.errorf(e, "skipping unreadable record at partition %d offset %d", record.partition(),
                    record.offset());
            return Optional.empty();
        }
    }
}
