package io.lbaas.events.backend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A backend was deleted, by a tenant or along with its load balancer. */
@EventType(name = "BackendDeleted", version = 1, aggregate = BackendEvents.AGGREGATE)
public record BackendDeleted() implements EventPayload {
}
