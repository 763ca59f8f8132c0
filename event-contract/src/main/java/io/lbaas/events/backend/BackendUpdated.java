package io.lbaas.events.backend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced a backend's settings; its servers and health check came along unchanged. */
@EventType(name = "BackendUpdated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record BackendUpdated(BackendSpec spec) implements EventPayload {
}
