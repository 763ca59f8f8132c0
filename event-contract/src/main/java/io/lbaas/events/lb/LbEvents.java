package io.lbaas.events.lb;

/** Names shared by the load balancer's events. */
public final class LbEvents {

    public static final String AGGREGATE = "lb";

    /** The status an LB has from its creation until the data plane reports on it. */
    public static final String STATUS_TO_CREATE = "to_create";

    private LbEvents() {
    }
}
