package io.lbaas.events.frontend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** A tenant added a frontend to a load balancer. */
@EventType(name = "FrontendCreated", version = 1, aggregate = FrontendEvents.AGGREGATE)
public record FrontendCreated(UUID lbId, FrontendSpec spec) implements EventPayload {
}
