package io.lbaas.events.backend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced how a backend checks its servers. */
@EventType(name = "BackendHealthCheckUpdated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record BackendHealthCheckUpdated(HealthCheckSpec healthCheck) implements EventPayload {
}
