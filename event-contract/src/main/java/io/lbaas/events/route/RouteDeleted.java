package io.lbaas.events.route;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A route was deleted, by a tenant or along with its frontend. */
@EventType(name = "RouteDeleted", version = 1, aggregate = RouteEvents.AGGREGATE)
public record RouteDeleted() implements EventPayload {
}
