package io.lbaas.api.ovh.server;

import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventCodec;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.ovh.FarmServerSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the {@code ovh_server} read model, always within one farm the caller may see. */
@ApplicationScoped
public class ServerQueries {

    private final EventCodec codec = new EventCodec();

    /** What the data plane last saw of an OVH farm's server, if it saw it yet. */
    private static final String STATE = """
            SELECT server_state, last_health_check_status, observed_at FROM backend_server_stats
            WHERE backend_id = ?1 AND ip = ?2""";

    /** A live server with its settings, its farm and what the data plane last saw of it. */
    public record Found(ServerEntity server, FarmServerSpec spec, FarmQueries.Found farm,
                        List<ServerStateView> states) {

        ServerView view() {
            return ServerView.of(server, spec, farm.farm().farmId, farm.farm().protocol, states);
        }
    }

    private final FarmQueries farms;

    ServerQueries(FarmQueries farms) {
        this.farms = farms;
    }

    /** The server of the caller's service, of the farm {@code farmId} of {@code protocol}. */
    Uni<Found> require(Caller caller, String serviceName, String protocol, long farmId, long serverId) {
        return OvhServices.require(caller, serviceName).chain(lb -> farms.require(lb, protocol, farmId))
                .chain(farm -> require(farm, serverId));
    }

    Uni<Found> require(FarmQueries.Found farm, long serverId) {
        return Panache.withSession(() -> ServerEntity.<ServerEntity>find(
                        "farm = ?1 and serverId = ?2 and deleted = false", farm.farm().id, serverId).firstResult())
                .chain(server -> {
                    if (server == null) {
                        throw OvhException.notFound("The requested object (serverId = " + serverId
                                + ") does not exist");
                    }
                    return states(farm.farm().id, serverId).map(states -> new Found(server,
                            codec.fromJson(server.spec, FarmServerSpec.class), farm, states));
                });
    }

    private static Uni<List<ServerStateView>> states(UUID farm, long serverId) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(STATE, Object[].class).setParameter(1, farm)
                .setParameter(2, BackendServerStateChanged.ovhServer(serverId)).getResultList()))
                .map(rows -> rows.stream().map(row -> ServerStateView.of((String) row[0], (String) row[1],
                        instant(row[2]))).toList());
    }

    private static Instant instant(Object time) {
        return time instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) time;
    }

    /** The farm's server ids, with OVH's filters: {@code address} and {@code status} equal, {@code cookie} like. */
    Uni<List<Long>> ids(FarmQueries.Found farm, String address, String status, String cookie) {
        StringBuilder query = new StringBuilder("select s.serverId from ServerEntity s where s.farm = :farm"
                + " and s.deleted = false");
        Map<String, Object> parameters = new HashMap<>(Map.of("farm", farm.farm().id));
        if (address != null) {
            query.append(" and s.address = :address");
            parameters.put("address", address);
        }
        if (status != null) {
            query.append(" and s.status = :status");
            parameters.put("status", status);
        }
        if (cookie != null && "http".equals(farm.farm().protocol)) {
            query.append(" and s.cookie like :cookie escape '\\'");
            parameters.put("cookie", OvhInput.containing(cookie));
        }
        return OvhServices.longs(query.append(" order by s.serverId").toString(), parameters);
    }

    /** The number of servers of the load balancer's fullest OVH farm, for the offer's limits. */
    public Uni<Long> largestFarm(UUID lbId) {
        return OvhServices.longs("select count(s) from ServerEntity s where s.lbId = :lb and s.deleted = false"
                + " group by s.farm", Map.of("lb", lbId))
                .map(counts -> counts.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    Uni<Long> liveCount(FarmQueries.Found farm) {
        return Panache.withSession(() -> ServerEntity.count("farm = ?1 and deleted = false", farm.farm().id));
    }

    /** One more than the largest server id the service ever had: server ids are unique in a service, as OVH's. */
    Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("ServerEntity", "serverId", lbId);
    }
}
