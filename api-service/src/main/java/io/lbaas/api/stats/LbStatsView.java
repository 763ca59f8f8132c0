package io.lbaas.api.stats;

import java.util.List;

/** Scaleway's {@code LbStats}, the answer of the deprecated getLbStats. */
public record LbStatsView(List<BackendServerStatsView> backendServersStats) {
}
