package io.lbaas.projection.core;

import io.lbaas.events.log.EventLogConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** The stored positions of the read models on the event log, for callers that may block. */
@ApplicationScoped
public class PositionStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final EventLogConfig log;
    private final EventLogEnd logEnd;

    PositionStore(Pool pool, EventLogConfig log, EventLogEnd logEnd) {
        this.pool = pool;
        this.log = log;
        this.logEnd = logEnd;
    }

    /** The read models were projected from another Kafka cluster than the one configured. */
    public static class ForeignLogException extends IllegalStateException {
        ForeignLogException(String projectedFrom, String configured) {
            super("the read models were projected from Kafka cluster " + projectedFrom + " but the event log is on "
                    + configured + ": rebuild them (POST /admin/rebuild) or configure the right cluster");
        }
    }

    /**
     * Every partition's position; a partition never applied starts at offset 0. Refuses positions recorded
     * against another Kafka cluster: continuing from them would skip or misplace events.
     */
    public Map<Integer, Long> loadAll() {
        String cluster = logEnd.clusterId();
        String projectedFrom = pool.preparedQuery(
                        "INSERT INTO projection_meta (kafka_cluster_id) VALUES ($1) ON CONFLICT (singleton) DO NOTHING")
                .execute(Tuple.of(cluster))
                .chain(() -> pool.query("SELECT kafka_cluster_id FROM projection_meta").execute())
                .map(rows -> rows.iterator().next().getString(0))
                .await().atMost(TIMEOUT);
        if (!cluster.equals(projectedFrom)) {
            throw new ForeignLogException(projectedFrom, cluster);
        }
        Integer[] partitions = IntStream.range(0, log.partitions()).boxed().toArray(Integer[]::new);
        return pool.preparedQuery("""
                        INSERT INTO projection_offset (partition, next_offset)
                        SELECT p, 0 FROM unnest($1::int[]) AS p ON CONFLICT (partition) DO NOTHING""")
                .execute(Tuple.of((Object) partitions))
                .chain(() -> pool.query("SELECT partition, next_offset FROM projection_offset").execute())
                .map(rows -> {
                    Map<Integer, Long> next = new HashMap<>();
                    for (Row row : rows) {
                        next.put(row.getInteger(0), row.getLong(1));
                    }
                    return next;
                })
                .await().atMost(TIMEOUT);
    }
}
