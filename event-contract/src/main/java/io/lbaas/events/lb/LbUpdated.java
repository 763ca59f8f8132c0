package io.lbaas.events.lb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/**
 * A tenant replaced the settable fields of a load balancer (a full replacement, as PUT).
 * Version 2 added {@code ssl_compatibility_level}.
 */
@EventType(name = "LbUpdated", version = 2, aggregate = LbEvents.AGGREGATE)
public record LbUpdated(String name, String description, List<String> tags, String sslCompatibilityLevel)
        implements EventPayload {

    /** Updates written before the setting existed could not change it: they kept the platform's default. */
    static ObjectNode fromVersion1(ObjectNode payload) {
        return payload.put("ssl_compatibility_level", LbEvents.DEFAULT_SSL_COMPATIBILITY_LEVEL);
    }
}
