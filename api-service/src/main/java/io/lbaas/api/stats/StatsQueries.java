package io.lbaas.api.stats;

import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.backend.BackendView;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state of every server of a load balancer's backends: one answer per server of each pool, in the order of the
 * backends' creation and of each pool, with what the data plane last observed of it (the stats read model).
 */
@ApplicationScoped
public class StatsQueries {

    private static final String OBSERVED = """
            SELECT backend_id, ip, instance_id, server_state, server_state_changed_at, last_health_check_status
            FROM backend_server_stats WHERE lb_id = $1""";
    private static final String COUNTED = """
            SELECT backend_id, ip, current_sessions, total_sessions, bytes_in, bytes_out, session_rate, observed_at
            FROM backend_server_traffic WHERE lb_id = $1""";

    private final LbQueries lbs;
    private final BackendQueries backends;
    private final Pool pool;

    StatsQueries(LbQueries lbs, BackendQueries backends, Pool pool) {
        this.lbs = lbs;
        this.backends = backends;
        this.pool = pool;
    }

    /** {@code backendId}: only that backend's servers; null for every backend. */
    public Uni<List<BackendServerStatsView>> servers(Caller caller, Locality locality, UUID lbId, UUID backendId) {
        return lbs.require(caller, locality, lbId).chain(lb -> backends.viewsOf(lb)).chain(views -> {
            if (backendId != null && !views.containsKey(backendId)) {
                throw ApiException.notFound("lb_backend", backendId);
            }
            return pool.preparedQuery(OBSERVED).execute(Tuple.of(lbId)).chain(rows -> pool.preparedQuery(COUNTED)
                    .execute(Tuple.of(lbId)).map(counts -> {
                        Map<String, BackendServerStatsView> observed = new HashMap<>();
                        for (Row row : rows) {
                            BackendServerStatsView view = view(row);
                            observed.put(view.backendId() + " " + view.ip(), view);
                        }
                        Map<String, BackendServerStatsView.Traffic> counted = new HashMap<>();
                        for (Row row : counts) {
                            counted.put(row.getUUID("backend_id") + " " + row.getString("ip"), traffic(row));
                        }
                        List<BackendServerStatsView> servers = new ArrayList<>();
                        views.values().stream().filter(backend -> backendId == null || backend.id().equals(backendId))
                                .sorted(Comparator.comparing(BackendView::createdAt).thenComparing(BackendView::id))
                                .forEach(backend -> backend.pool().forEach(ip -> {
                                    String key = backend.id() + " " + ip;
                                    servers.add(observed.getOrDefault(key, BackendServerStatsView.unobserved(
                                            backend.id(), ip)).withTraffic(counted.get(key)));
                                }));
                        return servers;
                    }));
        });
    }

    private static BackendServerStatsView view(Row row) {
        OffsetDateTime changed = row.getOffsetDateTime("server_state_changed_at");
        return new BackendServerStatsView(row.getString("instance_id"), row.getUUID("backend_id"),
                row.getString("ip"), row.getString("server_state"), changed == null ? null : changed.toInstant(),
                row.getString("last_health_check_status"), null);
    }

    private static BackendServerStatsView.Traffic traffic(Row row) {
        return new BackendServerStatsView.Traffic(row.getLong("current_sessions"), row.getLong("total_sessions"),
                row.getLong("bytes_in"), row.getLong("bytes_out"), row.getLong("session_rate"),
                row.getOffsetDateTime("observed_at").toInstant());
    }
}
