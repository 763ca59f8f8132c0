package io.lbaas.events.subscriber;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced a subscriber's name and its e-mail or webhook configuration. */
@EventType(name = "SubscriberUpdated", version = 1, aggregate = SubscriberEvents.AGGREGATE)
public record SubscriberUpdated(String name, String email, String webhookUri) implements EventPayload {
}
