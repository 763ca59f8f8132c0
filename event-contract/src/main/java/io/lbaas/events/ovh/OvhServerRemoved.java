package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.backend.BackendEvents;

/** A tenant removed one server from an OVH farm. A deleted farm ({@code BackendDeleted}) takes its servers along. */
@EventType(name = "OvhServerRemoved", version = 1, aggregate = BackendEvents.AGGREGATE)
public record OvhServerRemoved(long serverId) implements EventPayload {
}
