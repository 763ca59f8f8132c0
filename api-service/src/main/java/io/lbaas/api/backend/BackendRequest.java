package io.lbaas.api.backend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.lbaas.api.backend.BackendEnums.ForwardPortAlgorithm;
import io.lbaas.api.backend.BackendEnums.OnMarkedDownAction;
import io.lbaas.api.backend.BackendEnums.Protocol;
import io.lbaas.api.backend.BackendEnums.ProxyProtocol;
import io.lbaas.api.backend.BackendEnums.StickySessionsType;
import io.lbaas.api.json.LenientMillis;

import java.util.List;

/**
 * Body of createBackend and updateBackend (which has no {@code health_check} and {@code server_ip}: those change
 * through their own calls). Omitted fields get Scaleway's defaults; durations are read leniently.
 */
public record BackendRequest(
        String name,
        Protocol forwardProtocol,
        Integer forwardPort,
        ForwardPortAlgorithm forwardPortAlgorithm,
        StickySessionsType stickySessions,
        String stickySessionsCookieName,
        HealthCheckRequest healthCheck,
        List<String> serverIp,
        Boolean sendProxyV2,
        @JsonDeserialize(using = LenientMillis.class) Long timeoutServer,
        @JsonDeserialize(using = LenientMillis.class) Long timeoutConnect,
        @JsonDeserialize(using = LenientMillis.class) Long timeoutTunnel,
        OnMarkedDownAction onMarkedDownAction,
        ProxyProtocol proxyProtocol,
        String failoverHost,
        Boolean sslBridging,
        Boolean ignoreSslServerVerify,
        Integer redispatchAttemptCount,
        Integer maxRetries,
        Integer maxConnections,
        @JsonDeserialize(using = LenientMillis.class) Long timeoutQueue,
        String host) {
}
