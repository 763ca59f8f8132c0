package io.lbaas.events.ip;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** A flexible IP now serves a load balancer. */
@EventType(name = "IpAttached", version = 1, aggregate = IpEvents.AGGREGATE)
public record IpAttached(UUID lbId) implements EventPayload {
}
