package io.lbaas.events.dataplane;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * The traffic through each server of an LB's backends, as HAProxy counts it since it started: sent at an interval
 * and kept in the stats read model, not on the log (it changes with every request).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrafficReport(String instanceId, List<ServerTraffic> servers) {

    /** {@code sessionRate}: sessions per second over the last second. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ServerTraffic(String backendId, String ip, long currentSessions, long totalSessions, long bytesIn,
                                long bytesOut, long sessionRate) {
    }
}
