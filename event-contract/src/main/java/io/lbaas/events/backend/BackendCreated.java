package io.lbaas.events.backend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** A tenant added a backend to a load balancer. */
@EventType(name = "BackendCreated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record BackendCreated(UUID lbId, BackendSpec spec) implements EventPayload {
}
