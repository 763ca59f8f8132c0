package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.CertificateConfig;
import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.desired.OvhFrontendConfig;
import io.lbaas.events.ovh.FarmProbe;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** OVH farms, servers, frontends and certificates as HAProxy configuration, checked by HAProxy itself. */
class OvhRenderingTest {

    private final HaproxyConfigRenderer renderer = new HaproxyConfigRenderer();

    @TempDir
    Path root;

    @Test
    void eachActiveServerHasItsOwnPortWeightAndBackupAndTheFarmItsBalanceStickinessAndProbe() throws Exception {
        FarmConfig farm = farm("http", new FarmSpec("all", 8080, "leastconn", "cookie",
                new FarmProbe("http", null, 60, "HEAD", "app.example.com/health", "status", "200,301-302", false,
                        null), "web"),
                server(1, "10.0.0.1", 9000, 3, false, "active", true), server(2, "10.0.0.2", null, 1, true,
                        "active", false), server(3, "10.0.0.3", null, null, false, "inactive", true));

        List<String> lines = lines(lb(List.of(), List.of(farm)));

        assertThat(lines).containsSubsequence("backend be_" + farm.id(), "mode http", "balance leastconn",
                "option forwardfor", "cookie \"SERVERID\" insert indirect nocache dynamic", "option httpchk",
                "http-check send meth HEAD uri \"/health\" ver HTTP/1.1 hdr Host \"app.example.com\"",
                "http-check expect status 200,301-302",
                "server srv_1 10.0.0.1:9000 check inter 60s weight 3",
                "server srv_2_unchecked 10.0.0.2:8080 weight 1 backup");
        assertThat(lines).as("inactive servers take no traffic").noneMatch(line -> line.contains("10.0.0.3"));
    }

    @Test
    void aFrontendListensOnEveryPortAndRangeOfItsDedicatedAddressesAndRefusesSourcesAsTold() throws Exception {
        FarmConfig farm = farm("tcp", new FarmSpec("all", null, null, "sourceIp",
                new FarmProbe("tcp", 7000, null, null, null, "contains", "READY", true, null), null),
                server(1, "10.0.0.1", null, null, false, "active", true));
        OvhFrontendConfig allowed = frontend("tcp", new OvhFrontendSpec("all", "5000,6000-6002", farm.id(),
                List.of("192.0.2.0/24", "198.51.100.7"), null, List.of("127.77.0.1/32"), false, null, false, false,
                null, null, null));
        OvhFrontendConfig denied = frontend("http", new OvhFrontendSpec("all", "80", null, null,
                List.of("203.0.113.0/24"), null, true, null, false, true, List.of("X-Client %ci:%cp 100%"),
                "https://www.example.com/", null));

        List<String> lines = lines(lb(List.of(allowed, denied), List.of(farm)));

        assertThat(lines).containsSubsequence("frontend fe_" + allowed.id(), "mode tcp",
                "bind 127.77.0.1:5000,127.77.0.1:6000-6002 transparent",
                "tcp-request connection reject if !{ src 192.0.2.0/24 198.51.100.7 }",
                "default_backend be_" + farm.id());
        assertThat(lines).doesNotContain("bind [::1]:5000,[::1]:6000-6002 transparent");
        assertThat(lines).containsSubsequence("frontend fe_" + denied.id(), "mode http", "disabled",
                "bind 127.77.0.1:80 transparent", "bind [::1]:80 transparent", "tcp-request connection reject if { src 203.0.113.0/24 }",
                "http-request add-header X-Client \"%ci:%cp 100%%\"",
                "http-request redirect location \"https://www.example.com/\"",
                "http-response set-header Strict-Transport-Security \"max-age=15768000\"",
                "backend be_" + farm.id());
        assertThat(lines).containsSubsequence("backend be_" + farm.id(), "mode tcp", "balance roundrobin",
                "stick on src", "option tcp-check", "tcp-check expect ! string \"READY\"",
                "server srv_1 10.0.0.1 check inter 30s port 7000");
    }

    @Test
    void haproxyTakesEveryProbeTypeAndServerOptionWithoutAWarning() throws Exception {
        List<FarmConfig> farms = new ArrayList<>();
        for (String type : new String[] {"http", "tcp", "smtp", "mysql", "pgsql", "oco"}) {
            String protocol = "http".equals(type) ? "http" : "tcp";
            farms.add(farm(protocol, new FarmSpec("all", 80, "source", null,
                    new FarmProbe(type, 81, 30, null, null, "http".equals(type) ? "matches" : "default",
                            "http".equals(type) ? "^OK\\d+$" : null, false, true), type),
                    new FarmConfig.Server(1, new FarmServerSpec("10.0.0.1", "active", null, "a", 0, true, true,
                            false, null, "c1", "v2-ssl-cn", "shutdown-sessions")),
                    new FarmConfig.Server(2, new FarmServerSpec("10.0.0.1", "active", 81, "same address", 256, true,
                            false, true, null, null, "v1", null))));
        }
        OvhFrontendConfig http = frontend("http", new OvhFrontendSpec("all", "8080-8090,9000", farms.get(0).id(),
                null, null, null, false, "front", false, false, List.of("X-Forwarded-Port %cp"), null, null));
        OvhFrontendConfig withoutFarm = frontend("tcp", new OvhFrontendSpec("all", "9100", null, null, null,
                List.of("192.0.2.0/24"), false, null, false, false, null, null, null));

        LbConfig lb = lb(List.of(http, withoutFarm), farms);

        assertThat(HaproxyCheck.problems(renderer, root, lb)).isEmpty();
        assertThat(lines(lb)).contains("option pgsql-check user \"lbaas-probe\"", "option smtpchk",
                "option mysql-check", "http-check expect rstring \"^OK\\\\d+\\$\"",
                "server srv_1 10.0.0.1:80 check inter 30s port 79 weight 0 ssl verify none send-proxy-v2-ssl-cn "
                        + "on-marked-down shutdown-sessions",
                "server srv_2 10.0.0.1:81 check inter 30s port 79 check-ssl verify none weight 256 backup send-proxy");
    }

    @Test
    void anSslFrontendDeciphersWithEveryCertificateOfTheServiceItsDefaultOneFirst() throws Exception {
        FarmConfig farm = farm("http", new FarmSpec("all", 8080, null, null, null, null),
                server(1, "10.0.0.1", null, null, false, "active", false));
        CertificateConfig shop = LbFixtures.certificate("shop.example");
        CertificateConfig blog = LbFixtures.certificate("blog.example");
        OvhFrontendConfig https = new OvhFrontendConfig(UUID.randomUUID(), "http", 1, new OvhFrontendSpec("all",
                "443", farm.id(), null, null, List.of("127.77.0.1/32"), false, null, true, true, null, null,
                blog.id()), List.of(blog, shop));
        OvhFrontendConfig tls = new OvhFrontendConfig(UUID.randomUUID(), "tcp", 2, new OvhFrontendSpec("all",
                "8443", null, null, null, List.of("127.77.0.1/32"), false, null, true, false, null, null, null),
                List.of(shop));
        LbConfig lb = lb(List.of(https, tls), List.of(farm));
        LbPaths paths = LbPaths.of(root, lb.id());

        assertThat(HaproxyCheck.problems(renderer, root, lb)).isEmpty();
        assertThat(lines(lb)).contains("bind 127.77.0.1:443 transparent ssl crt-list \"" + paths.crtList(https.id())
                        + "\" alpn h2,http/1.1",
                "bind 127.77.0.1:8443 transparent ssl crt-list \"" + paths.crtList(tls.id()) + "\"");
        Map<Path, String> files = renderer.render(lb, paths).files();
        assertThat(files.get(paths.crtList(https.id()))).isEqualTo(paths.certificate(blog.id()) + "\n"
                + paths.certificate(shop.id()) + "\n");
        assertThat(files.get(paths.certificate(shop.id()))).isEqualTo(shop.pemBundle());
    }

    @Test
    void aServerThatCiphersIsVerifiedAgainstItsChainWhenItGaveOne() throws Exception {
        TestCertificates.Issued authority = TestCertificates.authority("Servers CA");
        FarmConfig farm = farm("tcp", new FarmSpec("all", 443, null, null, null, null),
                new FarmConfig.Server(1, new FarmServerSpec("10.0.0.1", "active", null, null, null, true, true,
                        false, authority.pem(), null, null, null)),
                new FarmConfig.Server(2, new FarmServerSpec("10.0.0.2", "active", null, null, null, false, true,
                        false, null, null, null, null)));
        LbConfig lb = lb(List.of(), List.of(farm));
        LbPaths paths = LbPaths.of(root, lb.id());

        assertThat(HaproxyCheck.problems(renderer, root, lb)).isEmpty();
        assertThat(lines(lb)).contains("server srv_1 10.0.0.1:443 check inter 30s ssl verify required ca-file \""
                        + paths.serverAuthorities(farm.id(), 1) + "\"",
                "server srv_2_unchecked 10.0.0.2:443 ssl verify none");
        assertThat(renderer.render(lb, paths).files()).containsEntry(paths.serverAuthorities(farm.id(), 1),
                authority.pem()).doesNotContainKey(paths.serverAuthorities(farm.id(), 2));
    }

    @Test
    void anSslFrontendWithoutACertificateDoesNotListenInClear() throws Exception {
        OvhFrontendConfig https = new OvhFrontendConfig(UUID.randomUUID(), "http", 1, new OvhFrontendSpec("all",
                "443", null, null, null, null, false, null, true, false, null, null, null), List.of());

        assertThat(lines(lb(List.of(https), List.of()))).containsSubsequence("frontend fe_" + https.id(),
                "disabled");
    }

    private static FarmConfig farm(String protocol, FarmSpec spec, FarmConfig.Server... servers) {
        return new FarmConfig(UUID.randomUUID(), protocol, 1, spec, List.of(servers));
    }

    private static FarmConfig.Server server(long id, String address, Integer port, Integer weight, boolean backup,
                                            String status, boolean probe) {
        return new FarmConfig.Server(id, new FarmServerSpec(address, status, port, null, weight, probe, false,
                backup, null, null, null, null));
    }

    private static OvhFrontendConfig frontend(String protocol, OvhFrontendSpec spec) {
        return new OvhFrontendConfig(UUID.randomUUID(), protocol, 1, spec);
    }

    private static LbConfig lb(List<OvhFrontendConfig> frontends, List<FarmConfig> farms) {
        return new LbConfig(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "fr-par-1", "LB-S",
                "ssl_compatibility_level_intermediate", LbFixtures.ADDRESSES, List.of(), List.of(), frontends, farms);
    }

    private List<String> lines(LbConfig lb) {
        return renderer.render(lb, LbPaths.of(root, lb.id())).haproxyCfg().lines().map(String::strip).toList();
    }
}
