package io.lbaas.dataplane.desired;

import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether the agent has read its partitions up to where they ended when they were assigned. Until then the state
 * it folds is history (an LB it would start may be deleted a few events later), so nothing is applied.
 */
@Singleton
public class CatchUp {

    /** Per assigned partition, the offset it must reach. */
    private final Map<Integer, Long> remaining = new HashMap<>();
    private boolean assigned;

    public synchronized void assigned(Map<Integer, Long> endOffsets) {
        assigned = true;
        endOffsets.forEach((partition, end) -> {
            if (end > 0) {
                remaining.put(partition, end);
            }
        });
    }

    public synchronized void revoked(Iterable<Integer> partitions) {
        partitions.forEach(remaining::remove);
    }

    /** Notes that the record at {@code offset} was read; answers true when this made the agent caught up. */
    public synchronized boolean read(int partition, long offset) {
        Long end = remaining.get(partition);
        if (end == null || offset + 1 < end) {
            return false;
        }
        remaining.remove(partition);
        return remaining.isEmpty();
    }

    public synchronized boolean caughtUp() {
        return assigned && remaining.isEmpty();
    }
}
