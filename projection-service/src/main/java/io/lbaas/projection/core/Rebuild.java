package io.lbaas.projection.core;

import io.lbaas.events.log.EventLogConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Drops the read models and rebuilds them from the first event of the log, in one transaction: readers see
 * the old read models until the new ones are complete, and the live consumer waits on the position rows,
 * then skips what the rebuild already applied. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Pool pool;
    private final ProjectionWriter writer;
    private final List<Projector> projectors;
    private final EventLogConfig log;
    private final EventLogEnd logEnd;
    private final String bootstrapServers;
    private final AtomicBoolean running = new AtomicBoolean();

    Rebuild(Pool pool, ProjectionWriter writer, Instance<Projector> projectors, EventLogConfig log,
            EventLogEnd logEnd, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.pool = pool;
        this.writer = writer;
        this.projectors = projectors.stream().toList();
        this.log = log;
        this.logEnd = logEnd;
        this.bootstrapServers = bootstrapServers;
    }

    public record Report(long events, double seconds, long eventsPerSecond) {
    }

    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("a rebuild is already running");
        }
    }

    public Report run() {
        if (!running.compareAndSet(false, true)) {
            throw new AlreadyRunning();
        }
        try {
            return rebuild();
        } finally {
            running.set(false);
        }
    }

    private Report rebuild() {
        long started = System.nanoTime();
        SqlConnection connection = pool.getConnection().await().indefinitely();
        Transaction transaction = connection.begin().await().indefinitely();
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            long events = replayInto(connection, reader);
            transaction.commit().await().indefinitely();
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("rebuilt the read models from %d events in %.1f s", events, seconds);
            return new Report(events, seconds, Math.round(events / Math.max(seconds, 1e-3)));
        } catch (RuntimeException e) {
            transaction.rollback().await().indefinitely();
            throw e;
        } finally {
            connection.close().await().indefinitely();
        }
    }

    private long replayInto(SqlConnection connection, KafkaConsumer<String, byte[]> reader) {
        List<TopicPartition> partitions = IntStream.range(0, log.partitions())
                .mapToObj(p -> new TopicPartition(log.topic(), p)).toList();
        writer.lockPositions(connection, partitions.stream().map(TopicPartition::partition).toList())
                .await().indefinitely();
        for (Projector projector : projectors) {
            for (String reset : projector.resetStatements()) {
                connection.query(reset).execute().await().indefinitely();
            }
        }
        connection.query("DELETE FROM projection_meta").execute().await().indefinitely();
        connection.preparedQuery("INSERT INTO projection_meta (kafka_cluster_id) VALUES ($1)")
                .execute(Tuple.of(logEnd.clusterId())).await().indefinitely();
        reader.assign(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        reader.seekToBeginning(partitions);
        Positions rebuilt = new Positions(Map.of());
        long events = 0;
        while (!reachedEnd(reader, end)) {
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            writer.applyAll(connection, batch, rebuilt).await().indefinitely();
            events += batch.size();
        }
        end.forEach((partition, offset) -> rebuilt.advancePast(partition.partition(), offset - 1));
        writer.savePositions(connection, rebuilt).await().indefinitely();
        return events;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }

    private KafkaConsumer<String, byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
