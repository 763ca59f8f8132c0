package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * The data plane observed the load balancer in a new status (creating, ready, migrating, error...), with the reason
 * when there is one. Only the data plane appends it: the API records what tenants want, the data plane what is.
 */
@EventType(name = "LbStatusChanged", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbStatusChanged(String status, String reason) implements EventPayload {
}
