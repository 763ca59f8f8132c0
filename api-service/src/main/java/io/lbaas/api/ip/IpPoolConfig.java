package io.lbaas.api.ip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * Where flexible IPs come from: an IPv4 and an IPv6 range per zone. The defaults are loopback and private ranges
 * so that one machine can run many load balancers on the same port; production sets public ranges.
 */
@ConfigMapping(prefix = "lbaas.ip")
public interface IpPoolConfig {

    Map<String, Pool> pools();

    /** Reverse DNS names given by default: the address with dashes, then this suffix; {region} is replaced. */
    @WithDefault("lb.{region}.lbaas.internal")
    String reverseSuffix();

    interface Pool {

        /** An IPv4 range in CIDR notation. */
        String ipv4();

        /** An IPv6 range in CIDR notation; without one, the zone offers no IPv6. */
        Optional<String> ipv6();
    }
}
