package io.lbaas.api.subscriber;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Beyond Scaleway: one alert owed to a subscriber and how its delivery went. {@code status}: pending, delivered,
 * dead_letter (every attempt of the schedule failed, or the receiver answered 410) or cancelled (the subscriber can
 * no longer be reached that way); {@code next_attempt_at} only while pending.
 */
public record DeliveryView(
        UUID id,
        UUID eventId,
        String eventType,
        String resourceType,
        UUID resourceId,
        String newStatus,
        String channel,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    static DeliveryView of(Row row) {
        boolean pending = "pending".equals(row.getString("status"));
        return new DeliveryView(row.getUUID("id"), row.getUUID("event_id"), row.getString("event_type"),
                row.getString("resource_type"), row.getUUID("resource_id"), row.getString("new_status"),
                row.getString("channel"), row.getString("status"), row.getInteger("attempts"),
                pending ? instant(row, "next_attempt_at") : null, instant(row, "last_attempt_at"),
                row.getInteger("last_status_code"), row.getString("last_error"), instant(row, "created_at"),
                instant(row, "delivered_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
