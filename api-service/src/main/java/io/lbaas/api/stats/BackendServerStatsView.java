package io.lbaas.api.stats;

import java.time.Instant;
import java.util.UUID;

/**
 * Scaleway's {@code BackendServerStats}: what the data plane last observed of one server of a backend's pool.
 * Beyond Scaleway, {@code traffic}: HAProxy's counters for the server since its HAProxy started, as the data plane
 * last sent them (every few seconds); null until it has.
 */
public record BackendServerStatsView(
        String instanceId,
        UUID backendId,
        String ip,
        String serverState,
        Instant serverStateChangedAt,
        String lastHealthCheckStatus,
        Traffic traffic) {

    /** {@code sessionRate}: sessions per second over the last second. */
    public record Traffic(long currentSessions, long totalSessions, long bytesIn, long bytesOut, long sessionRate,
                          Instant observedAt) {
    }

    /** A server the data plane has not reported a state of yet; {@code traffic} if it has counted any. */
    static BackendServerStatsView unobserved(UUID backendId, String ip, Traffic traffic) {
        return new BackendServerStatsView("", backendId, ip, "stopped", null, "unknown", traffic);
    }
}
