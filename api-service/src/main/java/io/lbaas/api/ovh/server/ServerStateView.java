package io.lbaas.api.ovh.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.Map;

/**
 * OVH's {@code ipLoadbalancing.ServerState}: what the data plane last saw of a server. {@code status} is HAProxy's
 * word for the server (UP, DOWN, NOLB), {@code checkStatus} the last probe's result (passed, failed, neutral when
 * the server is not probed, unknown before the first probe), {@code checkTime} when the data plane saw it. One data
 * plane instance runs a service here: {@code instanceId} is always 1.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerStateView(long instanceId, String status, String checkStatus, String checkCode,
                              Instant checkTime, String lastCheckContent) {

    private static final Map<String, String> STATUSES = Map.of("running", "UP", "starting", "DOWN",
            "stopping", "NOLB", "stopped", "DOWN");

    static ServerStateView of(String serverState, String lastHealthCheck, Instant observedAt) {
        return new ServerStateView(1, STATUSES.getOrDefault(serverState, serverState), lastHealthCheck, null,
                observedAt, null);
    }
}
