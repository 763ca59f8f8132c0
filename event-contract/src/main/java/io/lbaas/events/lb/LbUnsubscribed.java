package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** The load balancer's alerts no longer go to this subscriber. */
@EventType(name = "LbUnsubscribed", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbUnsubscribed(UUID subscriberId) implements EventPayload {
}
