package io.lbaas.events.frontend;

/** Names shared by the frontend's events. */
public final class FrontendEvents {

    public static final String AGGREGATE = "frontend";

    private FrontendEvents() {
    }
}
