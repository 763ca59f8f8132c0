package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.backend.BackendEvents;

/**
 * A tenant added a server to an OVH farm. Servers are part of the farm's backend aggregate, as a Scaleway pool is
 * part of its backend; {@code serverId} is the OVH id, unique in the service (one more than any it ever had).
 */
@EventType(name = "OvhServerAdded", version = 1, aggregate = BackendEvents.AGGREGATE)
public record OvhServerAdded(long serverId, FarmServerSpec spec) implements EventPayload {
}
