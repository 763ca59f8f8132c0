package io.lbaas.events.lb;

import io.lbaas.events.Upcaster;

import java.util.Map;

/** Names shared by the load balancer's events. */
public final class LbEvents {

    public static final String AGGREGATE = "lb";

    /** The status an LB has from its creation until the data plane reports on it. */
    public static final String STATUS_TO_CREATE = "to_create";

    /** The status of a deleted LB until the data plane starts taking it down. */
    public static final String STATUS_TO_DELETE = "to_delete";

    /** The status of a deleted LB while the data plane takes it down. */
    public static final String STATUS_DELETING = "deleting";

    /** What an LB gets when its creator does not choose. */
    public static final String DEFAULT_SSL_COMPATIBILITY_LEVEL = "ssl_compatibility_level_intermediate";

    /** Upcasters of the LB events, by event type and the schema version they read. */
    public static final Map<String, Map<Integer, Upcaster>> UPCASTERS = Map.of(
            "LbCreated", Map.of(1, LbCreated::fromVersion1),
            "LbUpdated", Map.of(1, LbUpdated::fromVersion1));

    private LbEvents() {
    }
}
