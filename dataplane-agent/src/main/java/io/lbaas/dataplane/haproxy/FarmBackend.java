package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.events.ovh.FarmProbe;
import io.lbaas.events.ovh.FarmServerSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OVH farm as the template writes a backend, with OVH's defaults for what its model leaves null: roundrobin, no
 * stickiness, a tcp probe every 30 s on the server's port. Servers take their own port, else the farm's, else the
 * port the client connected to (HAProxy's server address without a port), as OVH's "inherited" ports do.
 * <p>
 * An inactive server is left out rather than written {@code disabled}: a reload restores each server's saved state
 * by name, and a server without checks saved stopped (in maintenance) would stay stopped once made active again.
 */
final class FarmBackend {

    /** OVH exposes no timeouts; these are HAProxy-friendly ones for web and TCP services alike. */
    private static final String TIMEOUT_SERVER = "60s";
    private static final String TIMEOUT_CONNECT = "5s";
    private static final String TIMEOUT_TUNNEL = "1h";
    private static final String TIMEOUT_CHECK = "5s";
    private static final int DEFAULT_INTERVAL = 30;
    /** OVH's oco probe talks to its agent on port 79, which cannot be changed. */
    private static final int OCO_PORT = 79;
    private static final String COOKIE_NAME = "SERVERID";

    private FarmBackend() {
    }

    /** {@code paths}: where the chains that verify the servers are. */
    static BackendView view(FarmConfig farm, LbPaths paths) {
        boolean http = "http".equals(farm.protocol());
        String stickiness = farm.spec().stickiness();
        boolean cookie = http && "cookie".equals(stickiness);
        FarmProbe probe = farm.spec().probe();
        return new BackendView(HaproxyNames.backend(farm.id()), http ? "http" : "tcp",
                farm.spec().balance() == null ? "roundrobin" : farm.spec().balance(),
                TIMEOUT_SERVER, TIMEOUT_CONNECT, TIMEOUT_TUNNEL, null, TIMEOUT_CHECK, null, null, http,
                cookie ? HaproxyText.quoted(COOKIE_NAME) : null, HaproxyText.quoted(HaproxyNames.cookieKey(farm.id())),
                "sourceIp".equals(stickiness), FarmProbes.backendLines(probe), null,
                farm.servers().stream().filter(server -> "active".equals(server.spec().status()))
                        .map(server -> new BackendView.ServerLine(
                                HaproxyNames.farmServer(server.serverId(), server.spec().probe()),
                                address(server.spec(), farm.spec().port()), options(server.spec(), probe, cookie,
                                paths.serverAuthorities(farm.id(), server.serverId()))))
                        .toList(),
                null);
    }

    private static String address(FarmServerSpec server, Integer farmPort) {
        Integer port = server.port() != null ? server.port() : farmPort;
        return port == null ? server.address() : HaproxyText.address(server.address(), port);
    }

    /** The chain of every server that ciphers and gave one, to verify it with. */
    static Map<Path, String> serverAuthorities(FarmConfig farm, LbPaths paths) {
        Map<Path, String> files = new LinkedHashMap<>();
        farm.servers().stream().filter(server -> server.spec().ssl() && server.spec().chain() != null)
                .forEach(server -> files.put(paths.serverAuthorities(farm.id(), server.serverId()),
                        server.spec().chain()));
        return files;
    }

    private static String options(FarmServerSpec server, FarmProbe probe, boolean cookie, Path authorities) {
        List<String> options = new ArrayList<>();
        if (server.probe()) {
            options.add("check");
            options.add("inter " + (probe != null && probe.interval() != null ? probe.interval() : DEFAULT_INTERVAL)
                    + "s");
            Integer port = FarmProbes.port(probe, OCO_PORT);
            if (port != null) {
                options.add("port " + port);
            }
            if (!server.ssl() && probe != null && Boolean.TRUE.equals(probe.forceSsl())) {
                options.add("check-ssl verify none");
            }
        }
        if (server.weight() != null) {
            options.add("weight " + server.weight());
        }
        if (server.backup()) {
            options.add("backup");
        }
        if (server.ssl()) {
            // With a chain, the server must present a certificate it issued; without one, OVH ciphers unverified.
            options.add(server.chain() == null ? "ssl verify none"
                    : "ssl verify required ca-file " + HaproxyText.quoted(authorities.toString()));
        }
        if (server.proxyProtocolVersion() != null) {
            options.add(switch (server.proxyProtocolVersion()) {
                case "v1" -> "send-proxy";
                case "v2" -> "send-proxy-v2";
                case "v2-ssl" -> "send-proxy-v2-ssl";
                default -> "send-proxy-v2-ssl-cn";
            });
        }
        if ("shutdown-sessions".equals(server.onMarkedDown())) {
            options.add("on-marked-down shutdown-sessions");
        }
        if (cookie && server.cookie() != null) {
            options.add("cookie " + HaproxyText.quoted(server.cookie()));
        }
        return String.join(" ", options);
    }
}
