package io.lbaas.api.lb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** The load balancer offers of this deployment (LB types) and the limits each implies. */
@ConfigMapping(prefix = "lbaas.lb")
public interface LbConfig {

    /** The offer of an LB created without a type. */
    @WithDefault("LB-S")
    String defaultType();

    /**
     * Offers by name. Names are matched without regard to case (Terraform sends {@code lb-s}, the SDK
     * {@code LB-S}) and echoed as the caller wrote them.
     */
    Map<String, Offer> types();

    interface Offer {

        String description();

        /** Bits per second. */
        long bandwidth();

        @WithDefault("available")
        String stockStatus();

        @WithDefault("false")
        boolean multicloud();

        int maxFrontends();

        int maxBackends();

        int maxServersPerBackend();

        @WithDefault("100")
        int maxAclsPerFrontend();

        @WithDefault("100")
        int maxRoutesPerFrontend();

        @WithDefault("8")
        int maxPrivateNetworks();
    }
}
