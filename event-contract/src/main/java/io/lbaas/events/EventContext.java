package io.lbaas.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What the events of one decision share: when, where, for which tenant, by whom, and in answer to what.
 * {@code occurredAt} has microsecond precision, the precision PostgreSQL keeps, so that a time read back
 * from a read model is the time on the log.
 */
public record EventContext(
        Instant occurredAt,
        String region,
        String zone,
        UUID organizationId,
        UUID projectId,
        Actor actor,
        UUID correlationId,
        UUID causationId) {

    public EventEnvelope envelope(UUID aggregateId, long aggregateVersion, EventPayload payload) {
        EventType type = EventCatalog.describe(payload.getClass());
        return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), occurredAt, region, zone,
                organizationId, projectId, type.aggregate(), aggregateId, aggregateVersion, actor,
                correlationId, causationId, payload);
    }
}
