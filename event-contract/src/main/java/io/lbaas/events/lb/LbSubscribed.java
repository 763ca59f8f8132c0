package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** The load balancer's alerts now go to this subscriber (an LB has at most one). */
@EventType(name = "LbSubscribed", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbSubscribed(UUID subscriberId) implements EventPayload {
}
