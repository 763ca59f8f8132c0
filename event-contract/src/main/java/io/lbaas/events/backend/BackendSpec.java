package io.lbaas.events.backend;

import java.util.List;

/**
 * Everything a tenant sets on a backend, with Scaleway's defaults already applied. Durations are milliseconds;
 * a null means "not set" where Scaleway's API has no default (it answers {@code null}).
 */
public record BackendSpec(
        String name,
        String forwardProtocol,
        int forwardPort,
        String forwardPortAlgorithm,
        String stickySessions,
        String stickySessionsCookieName,
        HealthCheckSpec healthCheck,
        List<String> pool,
        String proxyProtocol,
        long timeoutServer,
        long timeoutConnect,
        long timeoutTunnel,
        String onMarkedDownAction,
        String failoverHost,
        boolean sslBridging,
        boolean ignoreSslServerVerify,
        Integer redispatchAttemptCount,
        Integer maxRetries,
        Integer maxConnections,
        long timeoutQueue,
        String host) {

    public BackendSpec withPool(List<String> newPool) {
        return new BackendSpec(name, forwardProtocol, forwardPort, forwardPortAlgorithm, stickySessions,
                stickySessionsCookieName, healthCheck, newPool, proxyProtocol, timeoutServer, timeoutConnect,
                timeoutTunnel, onMarkedDownAction, failoverHost, sslBridging, ignoreSslServerVerify,
                redispatchAttemptCount, maxRetries, maxConnections, timeoutQueue, host);
    }

    public BackendSpec withHealthCheck(HealthCheckSpec newHealthCheck) {
        return new BackendSpec(name, forwardProtocol, forwardPort, forwardPortAlgorithm, stickySessions,
                stickySessionsCookieName, newHealthCheck, pool, proxyProtocol, timeoutServer, timeoutConnect,
                timeoutTunnel, onMarkedDownAction, failoverHost, sslBridging, ignoreSslServerVerify,
                redispatchAttemptCount, maxRetries, maxConnections, timeoutQueue, host);
    }
}
