package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * The deleted load balancer is gone from the data plane too: its HAProxy stopped, nothing listens on its addresses.
 * Until then a deleted LB still exists, as {@code to_delete} and then {@code deleting}, as Scaleway shows it. The
 * {@code reason} says why it went without the data plane's word (no agent serves its zone, or none answered within
 * the deadline); null when an agent confirmed it.
 */
@EventType(name = "LbRemoved", version = 1, aggregate = LbEvents.AGGREGATE)
public record LbRemoved(String reason) implements EventPayload {
}
