package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** An OVH application no longer authenticates anything, nor do the consumer keys it was given. */
@EventType(name = "OvhApplicationDeleted", version = 1, aggregate = OvhEvents.APPLICATION)
public record OvhApplicationDeleted() implements EventPayload {
}
