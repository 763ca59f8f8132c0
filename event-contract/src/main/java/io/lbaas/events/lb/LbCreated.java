package io.lbaas.events.lb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;

/**
 * A tenant created a load balancer; it waits for the data plane in status {@code to_create}.
 * Version 2 added {@code ssl_compatibility_level}.
 */
@EventType(name = "LbCreated", version = 2, aggregate = LbEvents.AGGREGATE)
public record LbCreated(String name, String description, String type, List<String> tags,
                        String sslCompatibilityLevel) implements EventPayload {

    /** Load balancers created before the setting existed got the platform's default. */
    static ObjectNode fromVersion1(ObjectNode payload) {
        return payload.put("ssl_compatibility_level", LbEvents.DEFAULT_SSL_COMPATIBILITY_LEVEL);
    }
}
