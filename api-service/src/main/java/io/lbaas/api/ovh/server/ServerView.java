package io.lbaas.api.ovh.server;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.FarmServerSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVH's {@code BackendHTTPServer} and {@code BackendTCPServer} (the same properties, and {@code cookie} on http)
 * and {@code BackendUDPServer} (an address, a port, a status and a name only). {@code serverState} is empty until
 * the data plane runs the server (after a refresh) and reports on it.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerView(
        String address,
        long backendId,
        String displayName,
        Integer port,
        long serverId,
        String status,
        @JsonIgnore Map<String, Object> byProtocol) {

    static ServerView of(ServerEntity server, FarmServerSpec spec, long farmId, String protocol,
                         List<ServerStateView> states) {
        Map<String, Object> byProtocol = new LinkedHashMap<>();
        if (!OvhInput.UDP.equals(protocol)) {
            byProtocol.put("backup", spec.backup());
            byProtocol.put("chain", spec.chain());
            byProtocol.put("onMarkedDown", spec.onMarkedDown());
            byProtocol.put("probe", spec.probe());
            byProtocol.put("proxyProtocolVersion", spec.proxyProtocolVersion());
            byProtocol.put("serverState", states);
            byProtocol.put("ssl", spec.ssl());
            byProtocol.put("weight", spec.weight());
        }
        if ("http".equals(protocol)) {
            byProtocol.put("cookie", spec.cookie());
        }
        return new ServerView(spec.address(), farmId, spec.displayName(), spec.port(), server.serverId,
                spec.status(), byProtocol);
    }

    /** The properties of http and tcp servers, beside the others. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> byProtocol() {
        return byProtocol;
    }
}
