package io.lbaas.events.frontend;

import java.util.List;
import java.util.UUID;

/**
 * Everything a tenant sets on a frontend, with Scaleway's defaults applied: the port it listens on, the backend it
 * passes traffic to (of the same load balancer), its certificates. {@code timeoutClient} is in milliseconds.
 */
public record FrontendSpec(
        String name,
        int inboundPort,
        UUID backendId,
        long timeoutClient,
        List<UUID> certificateIds,
        boolean enableHttp3,
        Integer connectionRateLimit,
        boolean enableAccessLogs) {
}
