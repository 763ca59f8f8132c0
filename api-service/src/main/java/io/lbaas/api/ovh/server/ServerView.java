package io.lbaas.api.ovh.server;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.events.ovh.FarmServerSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVH's {@code BackendHTTPServer} and {@code BackendTCPServer}: the same properties, and {@code cookie} on http.
 * {@code serverState} is empty until the data plane runs the server (after a refresh) and reports on it.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerView(
        String address,
        long backendId,
        boolean backup,
        String chain,
        String displayName,
        String onMarkedDown,
        Integer port,
        boolean probe,
        String proxyProtocolVersion,
        long serverId,
        List<ServerStateView> serverState,
        boolean ssl,
        String status,
        Integer weight,
        @JsonIgnore Map<String, Object> httpOnly) {

    static ServerView of(ServerEntity server, FarmServerSpec spec, long farmId, boolean http,
                         List<ServerStateView> states) {
        Map<String, Object> httpOnly = new LinkedHashMap<>();
        if (http) {
            httpOnly.put("cookie", spec.cookie());
        }
        return new ServerView(spec.address(), farmId, spec.backup(), spec.chain(), spec.displayName(),
                spec.onMarkedDown(), spec.port(), spec.probe(), spec.proxyProtocolVersion(), server.serverId,
                states, spec.ssl(), spec.status(), spec.weight(), httpOnly);
    }

    /** The http-only property, beside the others. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> httpOnly() {
        return httpOnly;
    }
}
