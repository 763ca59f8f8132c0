package io.lbaas.notifier.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.util.UUID;

/**
 * What a subscriber is told of one status change, the same in a webhook's body and an e-mail. Its JSON follows
 * Standard Webhooks' shape ({@code type}, {@code timestamp}, {@code data}); docs/notifications/alert.schema.json
 * describes it. It is made from the recorded change alone, so every attempt of a delivery sends the same bytes.
 */
public record Alert(String type, Instant timestamp, Data data) {

    public record Data(UUID eventId, String eventType, Instant occurredAt, UUID organizationId, UUID projectId,
                       Lb lb, Resource resource, String oldStatus, String newStatus, String lastHealthCheckStatus,
                       String reason) {
    }

    public record Lb(UUID id, String name) {
    }

    public record Resource(String type, UUID id, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** From a row of {@code notifier.status_change}. */
    static Alert of(Row change) {
        Instant occurredAt = change.getOffsetDateTime("occurred_at").toInstant();
        String resourceType = change.getString("resource_type");
        UUID lbId = change.getUUID("lb_id");
        return new Alert(resourceType + ".status_changed", occurredAt, new Data(change.getUUID("event_id"),
                change.getString("event_type"), occurredAt, change.getUUID("organization_id"),
                change.getUUID("project_id"), new Lb(lbId, change.getString("lb_name")),
                new Resource(resourceType, change.getUUID("resource_id"), change.getString("resource_name")),
                change.getString("old_status"), change.getString("new_status"),
                change.getString("last_health_check_status"), change.getString("reason")));
    }

    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
    }

    /** What changed, in a few words: the subject of an e-mail. */
    public String summary() {
        String what = switch (data.resource().type()) {
            case "lb" -> "";
            case "backend_server" -> " server " + data.resource().name();
            case "certificate" -> " certificate " + data.resource().name();
            default -> " private network " + data.resource().name();
        };
        return "Load balancer " + data.lb().name() + what + " is now " + data.newStatus();
    }
}
