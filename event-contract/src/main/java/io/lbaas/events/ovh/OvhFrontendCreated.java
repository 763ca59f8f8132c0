package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.frontend.FrontendEvents;

import java.util.UUID;

/**
 * A tenant added an OVH frontend (protocol http or tcp) to a load balancer: a frontend of the shared frontend
 * aggregate, in OVH's model. {@code frontendId} is its OVH id, allocated as a farm's.
 */
@EventType(name = "OvhFrontendCreated", version = 2, aggregate = FrontendEvents.AGGREGATE)
public record OvhFrontendCreated(UUID lbId, String protocol, long frontendId, OvhFrontendSpec spec)
        implements EventPayload {
}
