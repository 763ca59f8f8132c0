package io.lbaas.events.route;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** A tenant added a route to a frontend (of load balancer {@code lbId}). */
@EventType(name = "RouteCreated", version = 1, aggregate = RouteEvents.AGGREGATE)
public record RouteCreated(UUID frontendId, UUID lbId, RouteSpec spec) implements EventPayload {
}
