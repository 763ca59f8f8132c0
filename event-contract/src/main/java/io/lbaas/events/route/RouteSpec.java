package io.lbaas.events.route;

import java.util.UUID;

/**
 * Where a frontend sends what matches instead of to its own backend: a backend of the same load balancer. Exactly
 * one of {@code sni} (TCP), {@code hostHeader} or {@code pathBegin} (HTTP) is set.
 */
public record RouteSpec(UUID backendId, String sni, String hostHeader, boolean matchSubdomains, String pathBegin) {
}
