package io.lbaas.api.dataplane;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** How long the API waits for news of a data-plane agent before it tells tenants their LBs are unknown. */
@ConfigMapping(prefix = "lbaas.dataplane")
public interface DataPlaneWatchConfig {

    /** Silence, since the last heartbeat naming an LB, after which that LB is {@code unknown}. */
    @WithDefault("30s")
    Duration silenceDeadline();

    /**
     * Zones where a data plane must take every new LB; empty for every zone. A zone no agent is meant to serve
     * (the tests' zone whose statuses they set themselves, say) is left out.
     */
    Optional<Set<String>> placedZones();

    /** Time from an LB's creation to a first word from a data plane, after which the LB is {@code error}. */
    @WithDefault("60s")
    Duration placementDeadline();

    /** Time from an LB's deletion (or its last status since) to its removal, with or without a data plane's word. */
    @WithDefault("60s")
    Duration removalDeadline();

    /** How often silences are looked for (read by {@code DataPlaneWatch}'s schedule). */
    @WithDefault("5s")
    Duration silenceSweep();
}
