package io.lbaas.events.ip;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/** A tenant changed the reverse DNS name or the tags of a flexible IP. */
@EventType(name = "IpUpdated", version = 1, aggregate = IpEvents.AGGREGATE)
public record IpUpdated(String reverse, List<String> tags) implements EventPayload {
}
