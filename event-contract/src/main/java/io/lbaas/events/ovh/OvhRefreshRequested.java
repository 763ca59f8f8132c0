package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.lb.LbEvents;

import java.util.List;

/**
 * A tenant applied the OVH configuration of a load balancer ({@code POST /refresh}): what the OVH dialect staged
 * until this event is what the data plane runs from now on, as task {@code taskId} ({@code refreshIplb}, one more
 * than the service's last task) over {@code zones}. OVH changes after it wait for the next one.
 */
@EventType(name = "OvhRefreshRequested", version = 1, aggregate = LbEvents.AGGREGATE)
public record OvhRefreshRequested(long taskId, List<String> zones) implements EventPayload {
}
