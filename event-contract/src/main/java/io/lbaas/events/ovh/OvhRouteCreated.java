package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/**
 * A tenant added an OVH route (protocol http or tcp) to a load balancer. {@code routeId} is its OVH id, allocated by
 * the API (one more than any route id the service ever had), so that a replay gives every route the same id again.
 */
@EventType(name = "OvhRouteCreated", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRouteCreated(UUID lbId, String protocol, long routeId, OvhRouteSpec spec) implements EventPayload {
}
