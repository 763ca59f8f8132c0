package io.lbaas.api.quota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one project may hold, whatever its load balancers' offers. */
@ConfigMapping(prefix = "lbaas.quotas")
public interface QuotaConfig {

    @WithDefault("50")
    int lbsPerProject();

    /** Flexible IPs, attached or not. */
    @WithDefault("60")
    int ipsPerProject();

    @WithDefault("50")
    int subscribersPerProject();
}
