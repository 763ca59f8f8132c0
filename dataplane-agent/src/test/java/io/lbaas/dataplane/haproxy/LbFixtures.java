package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.desired.CertificateConfig;
import io.lbaas.dataplane.desired.FrontendConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.HealthCheckSpec;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.route.RouteSpec;
import io.lbaas.testsupport.TestCertificates;

import java.util.List;
import java.util.UUID;

/** Desired states with Scaleway's defaults, varied one setting at a time by the tests. */
public final class LbFixtures {

    static final List<String> ADDRESSES = List.of("127.77.0.1", "::1");

    private LbFixtures() {
    }

    /** A health check of {@code type} with what that type carries, on port 80. */
    static HealthCheckSpec healthCheck(String type) {
        boolean http = type.equals("http") || type.equals("https");
        boolean user = type.equals("mysql") || type.equals("pgsql");
        return new HealthCheckSpec(80, 3000, 1000, 3, false, 500, type, user ? "haproxy" : null,
                http ? "/health" : null, http ? "GET" : null, http ? 200 : null, http ? "app.example.com" : null,
                type.equals("https") ? "app.example.com" : null);
    }

    /** Settings of a backend as {@link #backend(Backend)} turns them into a spec; tests change what they test. */
    public record Backend(String protocol, String algorithm, String sticky, String proxyProtocol, HealthCheckSpec check,
                   List<String> pool, boolean sslBridging, boolean ignoreVerify, String failoverHost, String host,
                   String onMarkedDown) {

        Backend protocol(String value) {
            return new Backend(value, algorithm, sticky, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    failoverHost, host, onMarkedDown);
        }

        Backend algorithm(String value) {
            return new Backend(protocol, value, sticky, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    failoverHost, host, onMarkedDown);
        }

        Backend sticky(String value) {
            return new Backend(protocol, algorithm, value, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    failoverHost, host, onMarkedDown);
        }

        Backend proxyProtocol(String value) {
            return new Backend(protocol, algorithm, sticky, value, check, pool, sslBridging, ignoreVerify,
                    failoverHost, host, onMarkedDown);
        }

        Backend check(HealthCheckSpec value) {
            return new Backend(protocol, algorithm, sticky, proxyProtocol, value, pool, sslBridging, ignoreVerify,
                    failoverHost, host, onMarkedDown);
        }

        Backend ssl(boolean bridging, boolean ignoreServerVerify) {
            return new Backend(protocol, algorithm, sticky, proxyProtocol, check, pool, bridging,
                    ignoreServerVerify, failoverHost, host, onMarkedDown);
        }

        Backend failoverHost(String value) {
            return new Backend(protocol, algorithm, sticky, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    value, host, onMarkedDown);
        }

        Backend host(String value) {
            return new Backend(protocol, algorithm, sticky, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    failoverHost, value, onMarkedDown);
        }

        Backend onMarkedDown(String value) {
            return new Backend(protocol, algorithm, sticky, proxyProtocol, check, pool, sslBridging, ignoreVerify,
                    failoverHost, host, value);
        }
    }

    public static Backend http() {
        return new Backend("http", "roundrobin", "none", "proxy_protocol_none", healthCheck("tcp"),
                List.of("10.0.0.1", "10.0.0.2", "fd00::3"), false, false, null, "", "on_marked_down_action_none");
    }

    static Backend tcp() {
        return http().protocol("tcp");
    }

    public static BackendConfig backend(Backend settings) {
        return new BackendConfig(UUID.randomUUID(), new BackendSpec("backend", settings.protocol(), 80,
                settings.algorithm(), settings.sticky(), settings.sticky().equals("cookie") ? "SRVID" : "",
                settings.check(), settings.pool(), settings.proxyProtocol(), 300_000, 5_000, 900_000,
                settings.onMarkedDown(), settings.failoverHost(), settings.sslBridging(), settings.ignoreVerify(), 1,
                3, 100, 2_000, settings.host()));
    }

    public static FrontendSpec frontendSpec(BackendConfig backend, int port) {
        return new FrontendSpec("frontend", port, backend.id(), 300_000, List.of(), false, null, false);
    }

    static FrontendConfig frontend(FrontendSpec spec, List<AclSpec> acls, List<RouteSpec> routes,
                                   List<CertificateConfig> certificates) {
        return new FrontendConfig(UUID.randomUUID(), spec, acls, routes, certificates);
    }

    static FrontendConfig frontend(BackendConfig backend, int port) {
        return frontend(frontendSpec(backend, port), List.of(), List.of(), List.of());
    }

    static LbConfig lb(List<FrontendConfig> frontends, List<BackendConfig> backends) {
        return lb("ssl_compatibility_level_intermediate", frontends, backends);
    }

    static LbConfig lb(String sslCompatibilityLevel, List<FrontendConfig> frontends, List<BackendConfig> backends) {
        return new LbConfig(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "fr-par-1", "LB-S",
                sslCompatibilityLevel, ADDRESSES, frontends, backends);
    }

    public static AclSpec acl(int index, AclSpec.Action action, AclSpec.Match match) {
        return new AclSpec("acl-" + index, "", index, action, match);
    }

    public static AclSpec.Match subnets(String... subnets) {
        return new AclSpec.Match(List.of(subnets), false, "acl_http_filter_none", List.of(), null, false);
    }

    static AclSpec.Match httpFilter(String filter, String option, String... values) {
        return new AclSpec.Match(List.of(), false, filter, List.of(values), option, false);
    }

    static AclSpec.Match inverted(AclSpec.Match match) {
        return new AclSpec.Match(match.ipSubnet(), match.ipsEdgeServices(), match.httpFilter(),
                match.httpFilterValue(), match.httpFilterOption(), true);
    }

    public static AclSpec.Action action(String type) {
        return new AclSpec.Action(type, null);
    }

    static AclSpec.Action redirect(String type, String target, Integer code) {
        return new AclSpec.Action("redirect", new AclSpec.Redirect(type, target, code));
    }

    /** A certificate for {@code name} signed by a fresh authority: the leaf, then its private key. */
    static CertificateConfig certificate(String name) {
        TestCertificates.Issued leaf = TestCertificates.leaf(TestCertificates.authority("Test CA"), name,
                List.of(name));
        return new CertificateConfig(UUID.randomUUID(), leaf.pem() + leaf.keyPem());
    }
}
