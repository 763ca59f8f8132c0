package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.frontend.FrontendEvents;

/** A tenant replaced an OVH frontend's settings. */
@EventType(name = "OvhFrontendUpdated", version = 2, aggregate = FrontendEvents.AGGREGATE)
public record OvhFrontendUpdated(OvhFrontendSpec spec) implements EventPayload {
}
