package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.backend.BackendEvents;

import java.util.UUID;

/**
 * A tenant added an OVH farm (protocol http or tcp) to a load balancer: a backend of the shared backend aggregate,
 * in OVH's model. {@code farmId} is its OVH id, allocated by the API (one more than any farm id the service ever
 * had), so that a replay of the log gives every farm the same id again.
 */
@EventType(name = "OvhFarmCreated", version = 1, aggregate = BackendEvents.AGGREGATE)
public record OvhFarmCreated(UUID lbId, String protocol, long farmId, FarmSpec spec) implements EventPayload {
}
