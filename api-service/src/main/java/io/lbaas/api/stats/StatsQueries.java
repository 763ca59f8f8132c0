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

    /** What was observed of each server and the traffic counted through it, either possibly missing. */
    private static final String OBSERVED = """
            SELECT backend_id, ip, state.instance_id, state.server_state, state.server_state_changed_at,
                state.last_health_check_status, traffic.current_sessions, traffic.total_sessions, traffic.bytes_in,
                traffic.bytes_out, traffic.session_rate, traffic.observed_at
            FROM (SELECT * FROM backend_server_stats WHERE lb_id = $1) AS state
            FULL JOIN (SELECT * FROM backend_server_traffic WHERE lb_id = $1) AS traffic USING (backend_id, ip)""";

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
            return pool.preparedQuery(OBSERVED).execute(Tuple.of(lbId)).map(rows -> {
                Map<String, BackendServerStatsView> observed = new HashMap<>();
                for (Row row : rows) {
                    BackendServerStatsView view = view(row);
                    observed.put(view.backendId() + " " + view.ip(), view);
                }
                List<BackendServerStatsView> servers = new ArrayList<>();
                views.values().stream().filter(backend -> backendId == null || backend.id().equals(backendId))
                        .sorted(Comparator.comparing(BackendView::createdAt).thenComparing(BackendView::id))
                        .forEach(backend -> backend.pool().forEach(ip -> servers.add(observed.getOrDefault(
                                backend.id() + " " + ip, BackendServerStatsView.unobserved(backend.id(), ip, null)))));
                return servers;
            });
        });
    }

    private static BackendServerStatsView view(Row row) {
        OffsetDateTime counted = row.getOffsetDateTime("observed_at");
        BackendServerStatsView.Traffic traffic = counted == null ? null : new BackendServerStatsView.Traffic(
                row.getLong("current_sessions"), row.getLong("total_sessions"), row.getLong("bytes_in"),
                row.getLong("bytes_out"), row.getLong("session_rate"), counted.toInstant());
        if (row.getString("server_state") == null) {
            return BackendServerStatsView.unobserved(row.getUUID("backend_id"), row.getString("ip"), traffic);
        }
        OffsetDateTime changed = row.getOffsetDateTime("server_state_changed_at");
        return new BackendServerStatsView(row.getString("instance_id"), row.getUUID("backend_id"),
                row.getString("ip"), row.getString("server_state"), changed == null ? null : changed.toInstant(),
                row.getString("last_health_check_status"), traffic);
    }
}
