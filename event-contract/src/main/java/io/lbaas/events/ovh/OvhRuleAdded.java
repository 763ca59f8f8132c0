package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * A tenant added a rule to an OVH route. Rules are part of the route's aggregate; {@code ruleId} is the OVH id,
 * unique in the service (one more than any it ever had).
 */
@EventType(name = "OvhRuleAdded", version = 1, aggregate = OvhRouteEvents.AGGREGATE)
public record OvhRuleAdded(long ruleId, OvhRuleSpec spec) implements EventPayload {
}
