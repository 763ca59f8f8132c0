package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/** A tenant replaced the settable fields of a load balancer (a full replacement, as PUT). */
@EventType(name = "LbUpdated", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbUpdated(String name, String description, List<String> tags) implements EventPayload {
}
