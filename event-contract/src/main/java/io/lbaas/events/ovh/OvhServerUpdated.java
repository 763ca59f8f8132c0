package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.backend.BackendEvents;

/** A tenant replaced the settings of one server of an OVH farm (its address stays). */
@EventType(name = "OvhServerUpdated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record OvhServerUpdated(long serverId, FarmServerSpec spec) implements EventPayload {
}
