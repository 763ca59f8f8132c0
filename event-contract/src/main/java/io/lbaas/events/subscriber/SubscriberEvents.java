package io.lbaas.events.subscriber;

/** Names shared by the subscriber's events. */
public final class SubscriberEvents {

    public static final String AGGREGATE = "subscriber";

    private SubscriberEvents() {
    }
}
