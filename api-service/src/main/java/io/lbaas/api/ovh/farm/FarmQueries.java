package io.lbaas.api.ovh.farm;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.events.EventCodec;
import io.lbaas.events.ovh.FarmSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Reads of the {@code ovh_farm} read model, always within one service the caller may see. */
@ApplicationScoped
public class FarmQueries {

    private final EventCodec codec = new EventCodec();

    /** A live farm with its settings. */
    public record Found(FarmEntity farm, FarmSpec spec) {

        public FarmView view() {
            return FarmView.of(farm, spec);
        }
    }

    public Uni<Found> require(LbEntity lb, String protocol, long farmId) {
        return find(lb.id, protocol, farmId).map(found -> found.orElseThrow(() -> notFound(farmId)));
    }

    /** The live farm {@code farmId} of the service, if it is one of {@code protocol}. */
    public Uni<Optional<Found>> find(UUID lbId, String protocol, long farmId) {
        return Panache.withSession(() -> FarmEntity.<FarmEntity>find(
                        "lbId = ?1 and farmId = ?2 and protocol = ?3 and deleted = false", lbId, farmId, protocol)
                .firstResult())
                .map(farm -> Optional.ofNullable(farm).map(f -> new Found(f, spec(f))));
    }

    /** The ids of the service's farms of {@code protocol}, oldest first, with OVH's filters ({@code zone} =). */
    public Uni<List<Long>> ids(LbEntity lb, String protocol, String zone, Long vrackNetworkId) {
        if (vrackNetworkId != null) {
            return Uni.createFrom().item(List.of());
        }
        String query = "select f.farmId from FarmEntity f where f.lbId = :lb and f.protocol = :protocol"
                + " and f.deleted = false" + (zone == null ? "" : " and lower(f.zone) = :zone") + " order by f.farmId";
        Map<String, Object> parameters = new HashMap<>(Map.of("lb", lb.id, "protocol", protocol));
        if (zone != null) {
            parameters.put("zone", zone.toLowerCase(Locale.ROOT));
        }
        return OvhServices.longs(query, parameters);
    }

    /** A farm by its domain id, whatever its state: frontends keep their default farm by it. */
    public Uni<FarmEntity> byId(UUID id) {
        return Panache.withSession(() -> FarmEntity.findById(id));
    }

    /** The live farms of a load balancer, both protocols: its deletion deletes them. */
    public Uni<List<FarmEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> FarmEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    public Uni<Long> liveCount(UUID lbId) {
        return Panache.withSession(() -> FarmEntity.count("lbId = ?1 and deleted = false", lbId));
    }

    /** One more than the largest farm id the service ever had, deleted farms included: ids are never reused. */
    public Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("FarmEntity", "farmId", lbId);
    }

    public Found found(FarmEntity farm) {
        return new Found(farm, spec(farm));
    }

    static OvhException notFound(long farmId) {
        return OvhException.notFound("The requested object (farmId = " + farmId + ") does not exist");
    }

    private FarmSpec spec(FarmEntity farm) {
        return codec.fromJson(farm.spec, FarmSpec.class);
    }
}
