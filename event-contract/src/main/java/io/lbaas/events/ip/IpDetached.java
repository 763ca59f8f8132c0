package io.lbaas.events.ip;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A flexible IP no longer serves a load balancer, and stays with its project. */
@EventType(name = "IpDetached", version = 1, aggregate = IpEvents.AGGREGATE)
public record IpDetached() implements EventPayload {
}
