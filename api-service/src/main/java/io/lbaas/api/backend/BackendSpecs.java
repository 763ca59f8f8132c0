package io.lbaas.api.backend;

import inet.ipaddr.IPAddress;
import io.lbaas.api.backend.BackendEnums.ForwardPortAlgorithm;
import io.lbaas.api.backend.BackendEnums.OnMarkedDownAction;
import io.lbaas.api.backend.BackendEnums.Protocol;
import io.lbaas.api.backend.BackendEnums.ProxyProtocol;
import io.lbaas.api.backend.BackendEnums.StickySessionsType;
import io.lbaas.api.error.Addresses;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.HealthCheckSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns what a client sent into a backend's settings: validates every field, naming it when it is wrong, and
 * applies Scaleway's defaults to what is missing.
 */
final class BackendSpecs {

    private static final Pattern NO_SPACE = Pattern.compile("\\S*");
    private static final Pattern HTTP_METHOD = Pattern.compile("[A-Z]{1,16}");
    private static final int MAX_NAME = 255;

    private BackendSpecs() {
    }

    /** A new backend: its servers and health check come in the same body. */
    static BackendSpec forCreate(BackendRequest request, Arguments arguments) {
        String name = request.name() == null || request.name().isEmpty()
                ? "lbb-" + UUID.randomUUID().toString().substring(0, 8)
                : arguments.text("name", request.name(), MAX_NAME);
        int forwardPort = arguments.port("forward_port", request.forwardPort(), null);
        HealthCheckSpec healthCheck = healthCheck(request.healthCheck() == null ? emptyHealthCheck()
                : request.healthCheck(), forwardPort, "health_check.", arguments);
        return settings(request, name, forwardPort, healthCheck, servers(request.serverIp(), "server_ip", arguments),
                arguments);
    }

    /**
     * A full replacement of the settings, validated now; it applies to the current spec, whose servers and health
     * check stay as they are.
     */
    static UnaryOperator<BackendSpec> forUpdate(BackendRequest request, Arguments arguments) {
        String name = arguments.text("name", request.name(), MAX_NAME);
        int forwardPort = arguments.port("forward_port", request.forwardPort(), null);
        BackendSpec settings = settings(request, name, forwardPort, null, List.of(), arguments);
        return current -> settings.withPool(current.pool()).withHealthCheck(current.healthCheck());
    }

    private static BackendSpec settings(BackendRequest request, String name, int forwardPort,
                                        HealthCheckSpec healthCheck, List<String> pool, Arguments arguments) {
        StickySessionsType sticky = orDefault(request.stickySessions(), StickySessionsType.NONE);
        String cookie = request.stickySessionsCookieName() == null ? "" : request.stickySessionsCookieName();
        if (sticky == StickySessionsType.COOKIE && cookie.isBlank()) {
            arguments.problem("sticky_sessions_cookie_name", Arguments.REQUIRED, "required with cookie sessions");
        }
        checkText(arguments, "sticky_sessions_cookie_name", cookie);
        checkText(arguments, "failover_host", request.failoverHost());
        checkText(arguments, "host", request.host());
        return new BackendSpec(name,
                orDefault(request.forwardProtocol(), Protocol.TCP).wire(),
                forwardPort,
                orDefault(request.forwardPortAlgorithm(), ForwardPortAlgorithm.ROUNDROBIN).wire(),
                sticky.wire(), cookie, healthCheck, pool,
                proxyProtocol(request, arguments).wire(),
                arguments.duration("timeout_server", request.timeoutServer(), 300_000),
                arguments.duration("timeout_connect", request.timeoutConnect(), 5_000),
                arguments.duration("timeout_tunnel", request.timeoutTunnel(), 900_000),
                orDefault(request.onMarkedDownAction(), OnMarkedDownAction.ON_MARKED_DOWN_ACTION_NONE).wire(),
                request.failoverHost(),
                Boolean.TRUE.equals(request.sslBridging()),
                Boolean.TRUE.equals(request.ignoreSslServerVerify()),
                arguments.bounded("redispatch_attempt_count", request.redispatchAttemptCount(), null, 0, 100),
                arguments.bounded("max_retries", request.maxRetries(), 3, 0, 100),
                arguments.bounded("max_connections", request.maxConnections(), null, 1, 1_000_000),
                arguments.duration("timeout_queue", request.timeoutQueue(), 0),
                request.host() == null ? "" : request.host());
    }

    /** {@code send_proxy_v2} is deprecated in favour of {@code proxy_protocol}; the two must agree. */
    private static ProxyProtocol proxyProtocol(BackendRequest request, Arguments arguments) {
        boolean v2 = Boolean.TRUE.equals(request.sendProxyV2());
        ProxyProtocol asked = request.proxyProtocol();
        if (asked == null || asked == ProxyProtocol.PROXY_PROTOCOL_UNKNOWN) {
            return v2 ? ProxyProtocol.PROXY_PROTOCOL_V2 : ProxyProtocol.PROXY_PROTOCOL_NONE;
        }
        if (v2 && asked != ProxyProtocol.PROXY_PROTOCOL_V2) {
            arguments.problem("send_proxy_v2", Arguments.CONSTRAINT, "contradicts proxy_protocol " + asked.wire());
        }
        return asked;
    }

    static HealthCheckSpec healthCheck(HealthCheckRequest request, int forwardPort, String prefix,
                                       Arguments arguments) {
        int port = arguments.port(prefix + "port", request.port(), forwardPort);
        long delay = arguments.duration(prefix + "check_delay", request.checkDelay(), 3_000);
        long timeout = arguments.duration(prefix + "check_timeout", request.checkTimeout(), 1_000);
        if (delay == 0) {
            arguments.problem(prefix + "check_delay", Arguments.CONSTRAINT, "must be more than 0");
        }
        if (timeout == 0) {
            arguments.problem(prefix + "check_timeout", Arguments.CONSTRAINT, "must be more than 0");
        }
        int retries = arguments.bounded(prefix + "check_max_retries", request.checkMaxRetries(), 3, 0, 100);
        long transientDelay = arguments.duration(prefix + "transient_check_delay", request.transientCheckDelay(),
                500);
        boolean sendProxy = Boolean.TRUE.equals(request.checkSendProxy());
        List<String> given = new ArrayList<>();
        addIfSet(given, "tcp_config", request.tcpConfig());
        addIfSet(given, "mysql_config", request.mysqlConfig());
        addIfSet(given, "pgsql_config", request.pgsqlConfig());
        addIfSet(given, "ldap_config", request.ldapConfig());
        addIfSet(given, "redis_config", request.redisConfig());
        addIfSet(given, "http_config", request.httpConfig());
        addIfSet(given, "https_config", request.httpsConfig());
        if (given.size() > 1) {
            arguments.problem(prefix + given.get(1), Arguments.CONSTRAINT, "give only one of " + given);
        }
        String type = given.isEmpty() ? "tcp" : given.get(0).replace("_config", "");
        return switch (type) {
            case "mysql", "pgsql" -> {
                HealthCheckRequest.UserConfig config = type.equals("mysql") ? request.mysqlConfig()
                        : request.pgsqlConfig();
                String user = arguments.text(prefix + type + "_config.user", config.user(), 255);
                yield new HealthCheckSpec(port, delay, timeout, retries, sendProxy, transientDelay, type, user,
                        null, null, null, null, null);
            }
            case "http", "https" -> http(port, delay, timeout, retries, sendProxy, transientDelay, type,
                    type.equals("http") ? request.httpConfig() : request.httpsConfig(), prefix + type + "_config.",
                    arguments);
            default -> new HealthCheckSpec(port, delay, timeout, retries, sendProxy, transientDelay, type, null,
                    null, null, null, null, null);
        };
    }

    private static HealthCheckSpec http(int port, long delay, long timeout, int retries, boolean sendProxy,
                                        long transientDelay, String type, HealthCheckRequest.HttpConfig config,
                                        String prefix, Arguments arguments) {
        String uri = config.uri() == null || config.uri().isEmpty() ? "/" : config.uri();
        if (!uri.startsWith("/") || !NO_SPACE.matcher(uri).matches()) {
            arguments.problem(prefix + "uri", Arguments.FORMAT, "must be a path starting with /");
        }
        String method = config.method() == null || config.method().isEmpty() ? "GET" : config.method();
        if (!HTTP_METHOD.matcher(method).matches()) {
            arguments.problem(prefix + "method", Arguments.FORMAT, "must be an HTTP method such as GET");
        }
        arguments.bounded(prefix + "code", config.code(), null, 100, 599);
        String hostHeader = config.hostHeader() == null ? "" : config.hostHeader();
        checkText(arguments, prefix + "host_header", hostHeader);
        String sni = type.equals("https") ? (config.sni() == null ? "" : config.sni()) : null;
        checkText(arguments, prefix + "sni", sni);
        return new HealthCheckSpec(port, delay, timeout, retries, sendProxy, transientDelay, type, null, uri, method,
                config.code(), hostHeader, sni);
    }

    /** Server addresses: IPv4 or IPv6, kept in canonical form, first occurrence wins. */
    static List<String> servers(List<String> addresses, String argument, Arguments arguments) {
        Set<String> servers = new LinkedHashSet<>();
        if (addresses == null) {
            return List.of();
        }
        for (int i = 0; i < addresses.size(); i++) {
            IPAddress address = Addresses.parse(addresses.get(i), false);
            if (address == null) {
                arguments.problem(argument + "[" + i + "]", Arguments.FORMAT, "must be an IPv4 or IPv6 address");
            } else {
                servers.add(address.toCanonicalString());
            }
        }
        return List.copyOf(servers);
    }

    private static HealthCheckRequest emptyHealthCheck() {
        return new HealthCheckRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static void addIfSet(List<String> given, String name, Object config) {
        if (config != null) {
            given.add(name);
        }
    }



    private static void checkText(Arguments arguments, String argument, String value) {
        if (value != null && (value.length() > MAX_NAME || !NO_SPACE.matcher(value).matches())) {
            arguments.problem(argument, Arguments.FORMAT, "must be at most 255 characters without spaces");
        }
    }

    private static <E> E orDefault(E value, E absent) {
        return value == null ? absent : value;
    }
}
