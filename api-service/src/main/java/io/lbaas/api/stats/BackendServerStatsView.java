package io.lbaas.api.stats;

import java.time.Instant;
import java.util.UUID;

/** Scaleway's {@code BackendServerStats}: what the data plane last observed of one server of a backend's pool. */
public record BackendServerStatsView(
        String instanceId,
        UUID backendId,
        String ip,
        String serverState,
        Instant serverStateChangedAt,
        String lastHealthCheckStatus) {

    /** A server the data plane has not reported on yet. */
    static BackendServerStatsView unobserved(UUID backendId, String ip) {
        return new BackendServerStatsView("", backendId, ip, "stopped", null, "unknown");
    }
}
