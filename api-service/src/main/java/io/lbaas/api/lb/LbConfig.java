package io.lbaas.api.lb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The load balancer offers of this deployment. */
@ConfigMapping(prefix = "lbaas.lb")
public interface LbConfig {

    /** Offer names, matched without regard to case (Terraform sends {@code lb-s}, the SDK {@code LB-S}). */
    @WithDefault("LB-S,LB-GP-M,LB-GP-L,LB-GP-XL")
    List<String> types();

    @WithDefault("LB-S")
    String defaultType();
}
