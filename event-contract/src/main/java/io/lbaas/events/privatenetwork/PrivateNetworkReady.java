package io.lbaas.events.privatenetwork;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** The data plane serves the load balancer with this attachment: it is {@code ready}. */
@EventType(name = "PrivateNetworkReady", version = 1, aggregate = PrivateNetworkEvents.AGGREGATE)
public record PrivateNetworkReady() implements EventPayload {
}
