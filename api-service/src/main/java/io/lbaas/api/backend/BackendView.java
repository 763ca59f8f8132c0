package io.lbaas.api.backend;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.lbaas.api.json.SecondsDuration;
import io.lbaas.api.lb.LbView;
import io.lbaas.events.backend.BackendSpec;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scaleway's {@code Backend}, with its load balancer embedded whole, keys in the live API's order. */
public record BackendView(
        UUID id,
        String name,
        String forwardProtocol,
        int forwardPort,
        String forwardPortAlgorithm,
        String stickySessions,
        String stickySessionsCookieName,
        HealthCheckView healthCheck,
        List<String> pool,
        LbView lb,
        boolean sendProxyV2,
        long timeoutServer,
        long timeoutConnect,
        long timeoutTunnel,
        String onMarkedDownAction,
        String proxyProtocol,
        Instant createdAt,
        Instant updatedAt,
        String failoverHost,
        boolean sslBridging,
        boolean ignoreSslServerVerify,
        Integer redispatchAttemptCount,
        Integer maxRetries,
        Integer maxConnections,
        @JsonSerialize(using = SecondsDuration.class) long timeoutQueue,
        String host) {

    static BackendView of(BackendEntity backend, BackendSpec spec, LbView lb) {
        return new BackendView(backend.id, spec.name(), spec.forwardProtocol(), spec.forwardPort(),
                spec.forwardPortAlgorithm(), spec.stickySessions(), spec.stickySessionsCookieName(),
                HealthCheckView.of(spec.healthCheck()), spec.pool(), lb,
                "proxy_protocol_v2".equals(spec.proxyProtocol()),
                spec.timeoutServer(), spec.timeoutConnect(), spec.timeoutTunnel(), spec.onMarkedDownAction(),
                spec.proxyProtocol(), backend.createdAt, backend.updatedAt, spec.failoverHost(), spec.sslBridging(),
                spec.ignoreSslServerVerify(), spec.redispatchAttemptCount(), spec.maxRetries(), spec.maxConnections(),
                spec.timeoutQueue(), spec.host());
    }
}
