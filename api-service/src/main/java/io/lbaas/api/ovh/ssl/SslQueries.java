package io.lbaas.api.ovh.ssl;

import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the {@code ovh_ssl} read model, always within one service the caller may see. */
@ApplicationScoped
public class SslQueries {

    /** What {@code GET .../ssl} filters on: fingerprint and serial contain, expiry before; each may be absent. */
    record Filter(String fingerprint, String serial, Instant expiresBefore) {
    }

    public Uni<Optional<SslEntity>> find(UUID lbId, long sslId) {
        return Panache.withSession(() -> SslEntity.<SslEntity>find("lbId = ?1 and sslId = ?2 and deleted = false",
                lbId, sslId).firstResult()).map(Optional::ofNullable);
    }

    public Uni<SslEntity> require(UUID lbId, long sslId) {
        return find(lbId, sslId).map(ssl -> ssl.orElseThrow(() -> OvhException.notFound(
                "The requested object (id = " + sslId + ") does not exist")));
    }

    Uni<SslEntity> byId(UUID id) {
        return Panache.withSession(() -> SslEntity.findById(id));
    }

    /** The OVH ids of the service's certificates that pass {@code filter}, oldest first. */
    Uni<List<Long>> ids(UUID lbId, Filter filter) {
        StringBuilder hql = new StringBuilder("select s.sslId from SslEntity s where s.lbId = :lb"
                + " and s.deleted = false");
        Map<String, Object> parameters = new HashMap<>(Map.of("lb", lbId));
        if (filter.fingerprint() != null) {
            hql.append(" and s.fingerprint like :fingerprint escape '\\'");
            parameters.put("fingerprint", OvhInput.containing(filter.fingerprint()));
        }
        if (filter.serial() != null) {
            hql.append(" and s.serial like :serial escape '\\'");
            parameters.put("serial", OvhInput.containing(filter.serial()));
        }
        if (filter.expiresBefore() != null) {
            hql.append(" and s.expireDate < :expiresBefore");
            parameters.put("expiresBefore", filter.expiresBefore());
        }
        return OvhServices.longs(hql.append(" order by s.sslId").toString(), parameters);
    }

    /** The live certificates of a load balancer, oldest first. */
    public Uni<List<SslEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> SslEntity.list("lbId = ?1 and deleted = false order by sslId", lbId));
    }

    Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("SslEntity", "sslId", lbId);
    }
}
