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

    PositionStore(Pool pool, EventLogConfig log) {
        this.pool = pool;
        this.log = log;
    }

    /** Every partition's position; a partition never applied starts at offset 0. */
    public Map<Integer, Long> loadAll() {
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
