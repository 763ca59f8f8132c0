package io.lbaas.dataplane.desired;

import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRuleSpec;

import java.util.List;
import java.util.UUID;

/** An OVH route as a refresh published it, with its rules in ascending OVH id (all of them must match). */
public record OvhRouteConfig(UUID id, long routeId, OvhRouteSpec spec, List<Rule> rules) {

    public record Rule(long ruleId, OvhRuleSpec spec) {
    }
}
