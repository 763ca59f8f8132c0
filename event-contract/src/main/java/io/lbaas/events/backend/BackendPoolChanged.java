package io.lbaas.events.backend;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/**
 * The servers of a backend are now {@code pool}, in this order, after a tenant added, removed or set them. The
 * whole pool travels, so that every reader applies it the same way; the data plane diffs it against its own.
 */
@EventType(name = "BackendPoolChanged", version = 1, aggregate = BackendEvents.AGGREGATE)
public record BackendPoolChanged(List<String> pool) implements EventPayload {
}
