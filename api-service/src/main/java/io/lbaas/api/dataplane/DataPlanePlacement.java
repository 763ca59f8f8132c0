package io.lbaas.api.dataplane;

import io.lbaas.api.lb.LbEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;

/**
 * Which load balancers a data plane runs. Only those must wait for it when they are deleted; the others (in a zone
 * no agent serves, or never taken by one) have nothing to take down and go at once.
 */
@ApplicationScoped
public class DataPlanePlacement {

    private static final String SPOKEN_FOR = "SELECT count(*) FROM dataplane_heartbeat WHERE lb_id = ?1";

    private final Optional<Set<String>> placedZones;

    DataPlanePlacement(DataPlaneWatchConfig config) {
        this.placedZones = config.placedZones();
    }

    /** The zones whose LBs a data plane must take; null for every zone (as SQL's {@code text[]} parameter). */
    String[] placedZones() {
        return placedZones.map(zones -> zones.toArray(String[]::new)).orElse(null);
    }

    /**
     * Whether a data plane serves the LB's zone and an agent has spoken for the LB (reported on it or named it in
     * a heartbeat). Read in the caller's session: inside a decision, it holds one connection.
     */
    public Uni<Boolean> runs(LbEntity lb) {
        if (placedZones.isPresent() && !placedZones.get().contains(lb.zone)) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(SPOKEN_FOR, Long.class)
                .setParameter(1, lb.id).getSingleResult()).map(count -> count > 0);
    }
}
