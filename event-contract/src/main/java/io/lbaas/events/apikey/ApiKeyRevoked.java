package io.lbaas.events.apikey;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** An API key no longer authenticates anyone. */
@EventType(name = "ApiKeyRevoked", version = 1, aggregate = ApiKeyEvents.AGGREGATE)
public record ApiKeyRevoked() implements EventPayload {
}
