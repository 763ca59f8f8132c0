package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant deleted an OVH route, or its load balancer or frontend; its rules go with it. */
@EventType(name = "OvhRouteDeleted", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRouteDeleted() implements EventPayload {
}
