package io.lbaas.projection.core;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The next offset to apply on each partition of the event log: where the read models stand. */
final class Positions {

    private final Map<Integer, Long> next;

    Positions(Map<Integer, Long> next) {
        this.next = new HashMap<>(next);
    }

    boolean alreadyApplied(int partition, long offset) {
        return offset < next.getOrDefault(partition, 0L);
    }

    void advancePast(int partition, long offset) {
        next.merge(partition, offset + 1, Math::max);
    }

    Map<Integer, Long> asMap() {
        return Map.copyOf(next);
    }

    /** As sent with NOTIFY: {@code partition:nextOffset} pairs separated by commas. */
    String notification() {
        return next.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
