package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant moved the load balancer to another offer; the data plane reports its status as it applies it. */
@EventType(name = "LbMigrated", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbMigrated(String type) implements EventPayload {
}
