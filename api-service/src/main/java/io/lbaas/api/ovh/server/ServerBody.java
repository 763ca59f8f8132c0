package io.lbaas.api.ovh.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An OVH farm's server as clients send it, on creation and as PUT's whole model; read-only properties
 * ({@code serverId}, {@code backendId}, {@code serverState}, and {@code address} on PUT) are ignored.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record ServerBody(
        String address,
        String status,
        Integer port,
        String displayName,
        Integer weight,
        Boolean probe,
        Boolean ssl,
        Boolean backup,
        String chain,
        String cookie,
        String proxyProtocolVersion,
        String onMarkedDown) {

    static final ServerBody EMPTY = new ServerBody(null, null, null, null, null, null, null, null, null, null, null,
            null);
}
