package io.lbaas.events.subscriber;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * A tenant replaced the secret that signs a subscriber's webhooks. Receivers switch over at their own pace: for a
 * while the notifier signs with both the new secret and the one it replaces.
 */
@EventType(name = "SubscriberSecretRotated", version = 1, aggregate = SubscriberEvents.AGGREGATE)
public record SubscriberSecretRotated(String webhookSecret) implements EventPayload {

    /** Keeps the secret out of logs and error messages. */
    @Override
    public String toString() {
        return "SubscriberSecretRotated[]";
    }
}
