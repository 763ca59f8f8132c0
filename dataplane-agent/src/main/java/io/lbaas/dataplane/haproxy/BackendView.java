package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.HealthCheckSpec;

import java.util.List;

/**
 * A backend as the template writes it; optional settings are null when absent.
 *
 * @param cookieName quoted, set with cookie sticky sessions
 * @param hostHeader the log-format word for the Host header sent to servers, set with HTTP and a {@code host}
 * @param failover   the backend serving {@code failover_host}, set with HTTP and a failover host
 */
public record BackendView(String name, String mode, String balance, String timeoutServer, String timeoutConnect,
                          String timeoutTunnel, String timeoutQueue, String timeoutCheck, String retries,
                          String redispatch, boolean http, String cookieName, String cookieKey, boolean stickyTable,
                          List<String> healthCheck, String hostHeader, List<ServerLine> servers,
                          FailoverView failover) {

    public record ServerLine(String name, String address, String options) {
    }

    /** S3 website endpoints only answer for their own name, on port 80. */
    public record FailoverView(String name, String hostHeader, String address) {
    }

    static BackendView of(BackendConfig backend) {
        BackendSpec spec = backend.spec();
        boolean http = "http".equals(spec.forwardProtocol());
        boolean cookie = "cookie".equals(spec.stickySessions());
        String options = ServerOptions.of(spec);
        return new BackendView(HaproxyNames.backend(backend.id()), http ? "http" : "tcp",
                spec.forwardPortAlgorithm(),
                HaproxyText.duration(spec.timeoutServer()), HaproxyText.duration(spec.timeoutConnect()),
                HaproxyText.duration(spec.timeoutTunnel()),
                spec.timeoutQueue() > 0 ? HaproxyText.duration(spec.timeoutQueue()) : null,
                HaproxyText.duration(spec.healthCheck().checkTimeout()),
                spec.maxRetries() == null ? null : spec.maxRetries().toString(),
                spec.redispatchAttemptCount() == null ? null : spec.redispatchAttemptCount().toString(),
                http,
                cookie ? HaproxyText.quoted(spec.stickySessionsCookieName()) : null,
                HaproxyText.quoted(HaproxyNames.cookieKey(backend.id())),
                "table".equals(spec.stickySessions()),
                healthCheck(spec.healthCheck()),
                http && isSet(spec.host()) ? HaproxyText.logFormat(spec.host()) : null,
                spec.pool().stream()
                        .map(ip -> new ServerLine(HaproxyNames.server(ip), HaproxyText.address(ip, spec.forwardPort()),
                                options))
                        .toList(),
                hasFailover(spec) ? new FailoverView(HaproxyNames.failoverBackend(backend.id()),
                        HaproxyText.logFormat(spec.failoverHost()), HaproxyText.quoted(spec.failoverHost() + ":80"))
                        : null);
    }

    /** A failover host serves a website: HTTP backends only. */
    static boolean hasFailover(BackendSpec spec) {
        return "http".equals(spec.forwardProtocol()) && isSet(spec.failoverHost());
    }

    /** The backend directives of a health check; the server's {@code check} options come with the server. */
    private static List<String> healthCheck(HealthCheckSpec check) {
        return switch (check.type()) {
            case "http", "https" -> httpCheck(check);
            case "mysql" -> List.of("option mysql-check user " + HaproxyText.quoted(check.user()));
            case "pgsql" -> List.of("option pgsql-check user " + HaproxyText.quoted(check.user()));
            case "ldap" -> List.of("option ldap-check");
            case "redis" -> List.of("option redis-check");
            default -> List.of();
        };
    }

    private static List<String> httpCheck(HealthCheckSpec check) {
        String send = "http-check send meth " + HaproxyText.quoted(check.method()) + " uri "
                + HaproxyText.quoted(check.uri());
        // Without a Host to send, HTTP/1.0 is the only version the request is valid in.
        if (isSet(check.hostHeader())) {
            send += " ver HTTP/1.1 hdr Host " + HaproxyText.logFormat(check.hostHeader());
        }
        return check.code() == null ? List.of("option httpchk", send)
                : List.of("option httpchk", send, "http-check expect status " + check.code());
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
