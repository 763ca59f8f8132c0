package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.desired.LbConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servers to add to and remove from running backends, when that is all that separates two configurations of a
 * load balancer: such changes go through HAProxy's runtime API, with no reload.
 */
record PoolChanges(List<Change> changes) {

    record Change(BackendConfig backend, String ip, boolean added) {
    }

    /**
     * Empty when anything else changed too. OVH farms' servers are not pool entries (each has its own port, weight
     * and state): any change of them reloads.
     */
    static Optional<PoolChanges> between(LbConfig running, LbConfig wanted) {
        if (running == null || !withoutPools(running).equals(withoutPools(wanted))) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < wanted.backends().size(); i++) {
            BackendConfig before = running.backends().get(i);
            BackendConfig after = wanted.backends().get(i);
            if (before.spec().pool().equals(after.spec().pool())) {
                continue;
            }
            after.spec().pool().stream().filter(ip -> !before.spec().pool().contains(ip))
                    .forEach(ip -> changes.add(new Change(after, ip, true)));
            before.spec().pool().stream().filter(ip -> !after.spec().pool().contains(ip))
                    .forEach(ip -> changes.add(new Change(after, ip, false)));
        }
        return Optional.of(new PoolChanges(changes));
    }

    private static LbConfig withoutPools(LbConfig lb) {
        return lb.withBackends(lb.backends().stream()
                .map(backend -> new BackendConfig(backend.id(), backend.spec().withPool(List.of()))).toList());
    }
}
