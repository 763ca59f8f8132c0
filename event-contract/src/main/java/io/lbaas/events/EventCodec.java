package io.lbaas.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * Reads and writes events as JSON (snake_case, RFC 3339 times). Reading upcasts old schema versions, so
 * every consumer sees payloads in their current shape. This is the only place the wire form is defined.
 */
public final class EventCodec {

    private static final String PAYLOAD = "payload";

    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private final EventCatalog catalog;

    public EventCodec() {
        this(EventCatalog.STANDARD);
    }

    public EventCodec(EventCatalog catalog) {
        this.catalog = catalog;
    }

    public byte[] encode(EventEnvelope event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize event " + event.eventId(), e);
        }
    }

    /**
     * A value of the event contract (a payload or part of one, such as a backend's spec) as the JSON text the
     * log holds; read models that keep such a value whole store this text.
     */
    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromJson(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("cannot read " + type.getSimpleName(), e);
        }
    }

    public EventEnvelope decode(byte[] json) {
        ObjectNode node;
        try {
            node = (ObjectNode) mapper.readTree(json);
        } catch (IOException | ClassCastException e) {
            throw new EventDecodingException("not an event envelope", e);
        }
        JsonNode rawPayload = node.remove(PAYLOAD);
        try {
            EventEnvelope header = mapper.treeToValue(node, EventEnvelope.class);
            return withPayload(header, rawPayload);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventDecodingException("cannot read event " + node.path("event_id").asText(), e);
        }
    }

    private EventEnvelope withPayload(EventEnvelope header, JsonNode rawPayload) throws JsonProcessingException {
        var payloadClass = catalog.payloadClass(header.type());
        if (payloadClass.isEmpty()) {
            return copy(header, header.schemaVersion(), new UnknownEvent(header.type(), rawPayload));
        }
        if (!(rawPayload instanceof ObjectNode payloadObject)) {
            throw new EventDecodingException("event " + header.eventId() + " has no payload object");
        }
        ObjectNode current = catalog.upcast(header.type(), header.schemaVersion(), payloadObject);
        EventPayload payload = mapper.treeToValue(current, payloadClass.get());
        return copy(header, EventCatalog.describe(payloadClass.get()).version(), payload);
    }

    private static EventEnvelope copy(EventEnvelope h, int schemaVersion, EventPayload payload) {
        return new EventEnvelope(h.eventId(), h.type(), schemaVersion, h.occurredAt(), h.region(), h.zone(),
                h.organizationId(), h.projectId(), h.aggregateType(), h.aggregateId(), h.aggregateVersion(),
                h.actor(), h.correlationId(), h.causationId(), payload);
    }
}
