package io.lbaas.events.subscriber;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced a subscriber's name and its e-mail or webhook configuration. */
@EventType(name = "SubscriberUpdated", version = 1, aggregate = SubscriberEvents.AGGREGATE)
public record SubscriberUpdated(String name, String email, String webhookUri) implements EventPayload {

    /** Keeps the URI's path and query, which may hold a token, out of logs and error messages. */
    @Override
    public String toString() {
        return "SubscriberUpdated[name=" + name + ", email=" + email + ", webhook host="
                + WebhookAddresses.hostOrNull(webhookUri) + "]";
    }
}
