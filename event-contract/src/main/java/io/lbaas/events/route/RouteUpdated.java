package io.lbaas.events.route;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant changed a route's backend or match. */
@EventType(name = "RouteUpdated", version = 1, aggregate = RouteEvents.AGGREGATE)
public record RouteUpdated(RouteSpec spec) implements EventPayload {
}
