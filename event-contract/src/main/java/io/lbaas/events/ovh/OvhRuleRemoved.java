package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant removed one rule of an OVH route. */
@EventType(name = "OvhRuleRemoved", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRuleRemoved(long ruleId) implements EventPayload {
}
