package io.lbaas.events.subscriber;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant deleted a subscriber; the load balancers it was subscribed to were unsubscribed just before. */
@EventType(name = "SubscriberDeleted", version = 1, aggregate = SubscriberEvents.AGGREGATE)
public record SubscriberDeleted() implements EventPayload {
}
