package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant deleted a load balancer; {@code releaseIp} says whether its flexible IPs go with it. */
@EventType(name = "LbDeleted", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbDeleted(boolean releaseIp) implements EventPayload {
}
