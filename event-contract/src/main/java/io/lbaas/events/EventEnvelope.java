package io.lbaas.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on the log, as every service sees it. The envelope is the same for every event type;
 * {@code type} and {@code schemaVersion} say how to read {@code payload}. Trace context travels in Kafka
 * headers, not here.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String region,
        String zone,
        UUID organizationId,
        UUID projectId,
        String aggregateType,
        UUID aggregateId,
        long aggregateVersion,
        Actor actor,
        UUID correlationId,
        UUID causationId,
        EventPayload payload) {

    /** The partition key: all events of a project go to one partition, so their order is kept. */
    public String key() {
        return projectId.toString();
    }

    public boolean is(Class<? extends EventPayload> payloadType) {
        return payloadType.isInstance(payload);
    }
}
