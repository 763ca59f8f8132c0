package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced one rule of an OVH route. */
@EventType(name = "OvhRuleUpdated", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRuleUpdated(long ruleId, OvhRuleSpec spec) implements EventPayload {
}
