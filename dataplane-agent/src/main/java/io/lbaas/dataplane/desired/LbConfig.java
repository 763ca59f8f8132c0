package io.lbaas.dataplane.desired;

import java.util.List;
import java.util.UUID;

/**
 * Everything the data plane needs to run one load balancer, as the log says it should be: where it listens
 * ({@code addresses}, its flexible IPs), what it accepts and where it sends it. Frontends and backends keep the order
 * of their creation, so that the same log always renders the same configuration.
 */
public record LbConfig(
        UUID id,
        UUID organizationId,
        UUID projectId,
        String zone,
        String type,
        String sslCompatibilityLevel,
        List<String> addresses,
        List<FrontendConfig> frontends,
        List<BackendConfig> backends) {
}
