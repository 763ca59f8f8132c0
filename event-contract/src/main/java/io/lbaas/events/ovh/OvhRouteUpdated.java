package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced an OVH route's settings; its rules are unchanged. */
@EventType(name = "OvhRouteUpdated", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRouteUpdated(OvhRouteSpec spec) implements EventPayload {
}
