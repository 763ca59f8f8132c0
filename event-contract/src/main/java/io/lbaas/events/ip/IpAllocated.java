package io.lbaas.events.ip;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/** A flexible IP address was taken from the zone's pool for a project, free of any load balancer. */
@EventType(name = "IpAllocated", version = 1, aggregate = IpEvents.AGGREGATE)
public record IpAllocated(String address, boolean ipv6, String reverse, List<String> tags) implements EventPayload {
}
