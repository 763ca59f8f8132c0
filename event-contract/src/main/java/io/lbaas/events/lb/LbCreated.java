package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/** A tenant created a load balancer; it waits for the data plane in status {@code to_create}. */
@EventType(name = "LbCreated", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbCreated(String name, String description, String type, List<String> tags) implements EventPayload {
}
