package io.lbaas.api.stats;

import java.util.List;

/** Scaleway's {@code ListBackendStatsResponse}. */
public record ListBackendStatsResponse(List<BackendServerStatsView> backendServersStats, long totalCount) {
}
