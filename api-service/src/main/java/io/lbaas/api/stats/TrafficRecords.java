package io.lbaas.api.stats;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.dataplane.TrafficReport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the traffic counters the data plane sends, one row per server of an LB's backends, for the stats
 * endpoints. Counters of an LB that is gone are not kept.
 */
@ApplicationScoped
public class TrafficRecords {

    private static final String RECORD = """
            INSERT INTO backend_server_traffic (lb_id, backend_id, ip, instance_id, current_sessions, total_sessions,
                                                bytes_in, bytes_out, session_rate, observed_at)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp()
            WHERE EXISTS (SELECT 1 FROM lb WHERE id = $1 AND NOT deleted)
            ON CONFLICT (lb_id, backend_id, ip) DO UPDATE SET instance_id = EXCLUDED.instance_id,
                current_sessions = EXCLUDED.current_sessions, total_sessions = EXCLUDED.total_sessions,
                bytes_in = EXCLUDED.bytes_in, bytes_out = EXCLUDED.bytes_out, session_rate = EXCLUDED.session_rate,
                observed_at = EXCLUDED.observed_at""";

    private final Pool pool;

    TrafficRecords(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(UUID lbId, TrafficReport report) {
        if (report == null || report.servers() == null || report.servers().contains(null)) {
            throw ApiException.invalidArgument("servers", Arguments.REQUIRED, "the traffic of each server");
        }
        List<Tuple> rows = new ArrayList<>();
        for (TrafficReport.ServerTraffic server : report.servers()) {
            if (server.ip() == null || server.ip().isEmpty()) {
                throw ApiException.invalidArgument("servers.ip", Arguments.REQUIRED, "the server's address");
            }
            rows.add(Tuple.from(List.of(lbId, Arguments.uuid("servers.backend_id", server.backendId()),
                    server.ip(), report.instanceId() == null ? "" : report.instanceId(), server.currentSessions(),
                    server.totalSessions(), server.bytesIn(), server.bytesOut(), server.sessionRate())));
        }
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : pool.preparedQuery(RECORD).executeBatch(rows).replaceWithVoid();
    }
}
