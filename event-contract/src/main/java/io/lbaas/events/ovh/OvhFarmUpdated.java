package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.backend.BackendEvents;

/** A tenant replaced an OVH farm's settings (its zone stays); its servers are unchanged. */
@EventType(name = "OvhFarmUpdated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record OvhFarmUpdated(FarmSpec spec) implements EventPayload {
}
