package io.lbaas.events.backend;

/** Names shared by the backend's events. */
public final class BackendEvents {

    public static final String AGGREGATE = "backend";

    private BackendEvents() {
    }
}
