package io.lbaas.dataplane.haproxy;

import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.HealthCheckSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of a pool server, complete on their own: servers added through the runtime API ({@code add server})
 * inherit nothing from {@code default-server}, and every keyword here is one {@code add server} accepts in 2.6.
 * That is why sticky cookies are dynamic ones rather than a {@code cookie} per server, which {@code add server}
 * rejects.
 */
final class ServerOptions {

    private static final String SYSTEM_CA = "@system-ca";

    private ServerOptions() {
    }

    static String of(BackendSpec backend) {
        List<String> options = new ArrayList<>();
        options.addAll(healthCheck(backend.healthCheck(), backend.forwardPort()));
        options.addAll(proxyProtocol(backend.proxyProtocol()));
        options.addAll(tls(backend));
        if (backend.maxConnections() != null) {
            options.add("maxconn " + backend.maxConnections());
        }
        if ("shutdown_sessions".equals(backend.onMarkedDownAction())) {
            options.add("on-marked-down shutdown-sessions");
        }
        return String.join(" ", options);
    }

    private static List<String> healthCheck(HealthCheckSpec check, int forwardPort) {
        List<String> options = new ArrayList<>(List.of("check", "inter " + HaproxyText.duration(check.checkDelay())));
        if (check.transientCheckDelay() > 0) {
            options.add("fastinter " + HaproxyText.duration(check.transientCheckDelay()));
        }
        // Scaleway has one count for both ways; HAProxy wants at least one check either way.
        int count = Math.max(1, check.checkMaxRetries());
        options.add("fall " + count);
        options.add("rise " + count);
        if (check.port() != forwardPort) {
            options.add("port " + check.port());
        }
        if (check.checkSendProxy()) {
            options.add("check-send-proxy");
        }
        return options;
    }

    private static List<String> proxyProtocol(String proxyProtocol) {
        return switch (proxyProtocol == null ? "" : proxyProtocol) {
            case "proxy_protocol_v1" -> List.of("send-proxy");
            case "proxy_protocol_v2" -> List.of("send-proxy-v2");
            case "proxy_protocol_v2_ssl" -> List.of("send-proxy-v2-ssl");
            case "proxy_protocol_v2_ssl_cn" -> List.of("send-proxy-v2-ssl-cn");
            default -> List.of();
        };
    }

    /** TLS towards the server: for the traffic with SSL bridging, for the checks with an https health check. */
    private static List<String> tls(BackendSpec backend) {
        boolean httpsCheck = "https".equals(backend.healthCheck().type());
        if (!backend.sslBridging() && !httpsCheck) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        options.add(backend.sslBridging() ? "ssl" : "check-ssl");
        options.add(backend.ignoreSslServerVerify() ? "verify none" : "verify required ca-file " + SYSTEM_CA);
        if (backend.sslBridging() && isSet(backend.host())) {
            options.add("sni " + HaproxyText.call("str", backend.host()));
        }
        if (httpsCheck && isSet(backend.healthCheck().sni())) {
            options.add("check-sni " + HaproxyText.quoted(backend.healthCheck().sni()));
        }
        return options;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
