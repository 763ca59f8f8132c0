package io.lbaas.events.dataplane;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What the data plane saw of one server of a backend, with its health check's own words in {@code reason}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerStateReport(String backendId, String ip, String instanceId, String serverState,
                                String lastHealthCheckStatus, String reason) {
}
