package io.lbaas.api.ovh.frontend;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.farm.FarmEntity;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.ovh.ssl.SslEntity;
import io.lbaas.events.EventCodec;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the {@code ovh_frontend} read model, always within one service the caller may see. */
@ApplicationScoped
public class OvhFrontendQueries {

    private final EventCodec codec = new EventCodec();

    /** A live frontend with its settings and the OVH ids of its default farm and certificate (null: none). */
    public record Found(OvhFrontendEntity frontend, OvhFrontendSpec spec, Long defaultFarmId, Long defaultSslId) {

        OvhFrontendView view() {
            return OvhFrontendView.of(frontend, spec, defaultFarmId, defaultSslId);
        }
    }

    /** A frontend that deciphers SSL, and the certificate it serves by default (null: the service's oldest). */
    public record Deciphering(long frontendId, UUID defaultSsl) {
    }

    public Uni<Found> require(LbEntity lb, String protocol, long frontendId) {
        return Panache.withSession(() -> OvhFrontendEntity.<OvhFrontendEntity>find(
                        "lbId = ?1 and frontendId = ?2 and protocol = ?3 and deleted = false", lb.id, frontendId,
                        protocol).firstResult())
                .chain(frontend -> {
                    if (frontend == null) {
                        throw OvhException.notFound("The requested object (frontendId = " + frontendId
                                + ") does not exist");
                    }
                    return found(frontend);
                });
    }

    Uni<Found> byId(UUID id) {
        return Panache.withSession(() -> OvhFrontendEntity.<OvhFrontendEntity>findById(id)).chain(this::found);
    }

    /**
     * The ids of the service's frontends of {@code protocol}, with OVH's filters: {@code defaultFarmId} and
     * {@code zone} equal, {@code port} like (a substring of the port string).
     */
    Uni<List<Long>> ids(LbEntity lb, String protocol, Long defaultFarmId, Long defaultSslId, String port,
                        String zone) {
        StringBuilder query = new StringBuilder("select f.frontendId from OvhFrontendEntity f where f.lbId = :lb"
                + " and f.protocol = :protocol and f.deleted = false");
        Map<String, Object> parameters = new HashMap<>(Map.of("lb", lb.id, "protocol", protocol));
        if (defaultFarmId != null) {
            query.append(" and f.defaultBackendId = (select b.id from FarmEntity b where b.lbId = :lb"
                    + " and b.farmId = :farm and b.deleted = false)");
            parameters.put("farm", defaultFarmId);
        }
        if (defaultSslId != null) {
            query.append(" and f.defaultSslId = (select s.id from SslEntity s where s.lbId = :lb"
                    + " and s.sslId = :ssl and s.deleted = false)");
            parameters.put("ssl", defaultSslId);
        }
        if (port != null) {
            query.append(" and f.port like :port escape '\\'");
            parameters.put("port", OvhInput.containing(port));
        }
        if (zone != null) {
            query.append(" and lower(f.zone) = :zone");
            parameters.put("zone", zone.toLowerCase(Locale.ROOT));
        }
        return OvhServices.longs(query.append(" order by f.frontendId").toString(), parameters);
    }

    /** The domain id of the live frontend {@code frontendId} of the service, if it is one of {@code protocol}. */
    public Uni<Optional<UUID>> idOf(UUID lbId, String protocol, long frontendId) {
        return Panache.withSession(() -> OvhFrontendEntity.<OvhFrontendEntity>find(
                        "lbId = ?1 and frontendId = ?2 and protocol = ?3 and deleted = false", lbId, frontendId,
                        protocol).firstResult()).map(frontend -> Optional.ofNullable(frontend).map(f -> f.id));
    }

    /** The live frontends of a load balancer, for decisions on ports and the offer's limits. */
    public Uni<List<OvhFrontendEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> OvhFrontendEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    /** The live frontends of a load balancer that decipher SSL, by OVH id. */
    public Uni<List<Deciphering>> deciphering(UUID lbId) {
        return liveOf(lbId).map(live -> live.stream().filter(frontend -> spec(frontend).ssl())
                .map(frontend -> new Deciphering(frontend.frontendId, frontend.defaultSslId)).toList());
    }

    /** The OVH ids of the live frontends whose default farm is {@code farm}. */
    public Uni<List<Long>> defaultingTo(UUID farm) {
        return OvhServices.longs("select f.frontendId from OvhFrontendEntity f where f.defaultBackendId = :farm"
                + " and f.deleted = false order by f.frontendId", Map.of("farm", farm));
    }

    /** The OVH frontend listening on TCP {@code port}, if any (a UDP one does not take a TCP port). */
    public static Optional<Long> listeningOn(List<OvhFrontendEntity> frontends, int port) {
        return frontends.stream().filter(frontend -> !OvhInput.UDP.equals(frontend.protocol))
                .filter(frontend -> PortList.parse(frontend.port).contains(port))
                .map(frontend -> frontend.frontendId).findFirst();
    }

    Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("OvhFrontendEntity", "frontendId", lbId);
    }

    private Uni<Found> found(OvhFrontendEntity frontend) {
        OvhFrontendSpec spec = spec(frontend);
        return Panache.withSession(() -> ovhId(FarmEntity.class, spec.defaultBackendId())
                .chain(farm -> ovhId(SslEntity.class, spec.defaultSslId())
                        .map(ssl -> new Found(frontend, spec, farm == null ? null : farm.farmId,
                                ssl == null ? null : ssl.sslId))));
    }

    private static <T> Uni<T> ovhId(Class<T> type, UUID id) {
        return id == null ? Uni.createFrom().nullItem() : Panache.getSession().chain(session -> session.find(type, id));
    }

    private OvhFrontendSpec spec(OvhFrontendEntity frontend) {
        return codec.fromJson(frontend.spec, OvhFrontendSpec.class);
    }
}
