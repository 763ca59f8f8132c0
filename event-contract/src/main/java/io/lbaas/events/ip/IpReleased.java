package io.lbaas.events.ip;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A flexible IP went back to its zone's pool. */
@EventType(name = "IpReleased", version = 1, aggregate = IpEvents.AGGREGATE)
public record IpReleased() implements EventPayload {
}
