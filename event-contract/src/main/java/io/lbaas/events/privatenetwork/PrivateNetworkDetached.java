package io.lbaas.events.privatenetwork;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A load balancer left a private network, by a tenant's call or along with its own deletion. */
@EventType(name = "PrivateNetworkDetached", version = 1, aggregate = PrivateNetworkEvents.AGGREGATE)
public record PrivateNetworkDetached() implements EventPayload {
}
