package io.lbaas.dataplane.desired;

import java.util.List;
import java.util.UUID;

/**
 * Everything the data plane needs to run one load balancer, as the log says it should be: where it listens
 * ({@code addresses}, its flexible IPs), what it accepts and where it sends it. Frontends and backends keep the order
 * of their creation, so that the same log always renders the same configuration. What the OVH dialect made
 * ({@code ovhFrontends}, {@code farms}) comes apart from the Scaleway objects, in OVH's model, and is served by the
 * same HAProxy.
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
        List<BackendConfig> backends,
        List<OvhFrontendConfig> ovhFrontends,
        List<FarmConfig> farms) {

    /** A load balancer with nothing made through the OVH dialect. */
    public LbConfig(UUID id, UUID organizationId, UUID projectId, String zone, String type,
                    String sslCompatibilityLevel, List<String> addresses, List<FrontendConfig> frontends,
                    List<BackendConfig> backends) {
        this(id, organizationId, projectId, zone, type, sslCompatibilityLevel, addresses, frontends, backends,
                List.of(), List.of());
    }

    /** The same load balancer with other Scaleway backends (and everything else as it is). */
    public LbConfig withBackends(List<BackendConfig> otherBackends) {
        return new LbConfig(id, organizationId, projectId, zone, type, sslCompatibilityLevel, addresses, frontends,
                otherBackends, ovhFrontends, farms);
    }
}
