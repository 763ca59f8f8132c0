package io.lbaas.events.frontend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A frontend was deleted, by a tenant or along with its load balancer. */
@EventType(name = "FrontendDeleted", version = 1, aggregate = FrontendEvents.AGGREGATE)
public record FrontendDeleted() implements EventPayload {
}
