package io.lbaas.api.dataplane;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the API waits for news of a data-plane agent before it tells tenants their LBs are unknown. */
@ConfigMapping(prefix = "lbaas.dataplane")
public interface DataPlaneWatchConfig {

    /** Silence, since the last heartbeat naming an LB, after which that LB is {@code unknown}. */
    @WithDefault("30s")
    Duration silenceDeadline();

    /** How often silences are looked for (read by {@code DataPlaneWatch}'s schedule). */
    @WithDefault("5s")
    Duration silenceSweep();
}
