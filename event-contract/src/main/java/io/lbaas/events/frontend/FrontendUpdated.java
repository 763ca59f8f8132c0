package io.lbaas.events.frontend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced a frontend's settings. */
@EventType(name = "FrontendUpdated", version = 1, aggregate = FrontendEvents.AGGREGATE)
public record FrontendUpdated(FrontendSpec spec) implements EventPayload {
}
