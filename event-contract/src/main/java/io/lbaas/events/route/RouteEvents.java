package io.lbaas.events.route;

/** Names shared by the route's events. */
public final class RouteEvents {

    public static final String AGGREGATE = "route";

    private RouteEvents() {
    }
}
