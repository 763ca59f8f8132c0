package io.lbaas.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payload of a type this build does not know, kept raw. Consumers skip it: a newer service may append
 * event types that older consumers have no use for.
 */
public record UnknownEvent(String type, JsonNode raw) implements EventPayload {
}
