package io.lbaas.events.subscriber;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * A tenant created a subscriber to load balancer alerts: exactly one of {@code email} and {@code webhookUri}.
 * {@code webhookSecret} (Standard Webhooks' {@code whsec_} form) signs its webhooks; it is made for every subscriber,
 * so that one turned into a webhook later has it already.
 */
@EventType(name = "SubscriberCreated", version = 1, aggregate = SubscriberEvents.AGGREGATE)
public record SubscriberCreated(String name, String email, String webhookUri, String webhookSecret)
        implements EventPayload {

    /** Keeps the secret out of logs and error messages, and the URI's path and query, which may hold a token. */
    @Override
    public String toString() {
        return "SubscriberCreated[name=" + name + ", email=" + email + ", webhook host="
                + WebhookAddresses.hostOrNull(webhookUri) + "]";
    }
}
