package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.CertificateConfig;
import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.desired.OvhFrontendConfig;
import io.lbaas.dataplane.desired.OvhRouteConfig;
import io.lbaas.events.ovh.FarmProbe;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRuleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** OVH farms, servers, frontends, routes and certificates as HAProxy configuration, checked by HAProxy itself. */
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
                blog.id()), List.of(), List.of(blog, shop));
        OvhFrontendConfig tls = new OvhFrontendConfig(UUID.randomUUID(), "tcp", 2, new OvhFrontendSpec("all",
                "8443", null, null, null, List.of("127.77.0.1/32"), false, null, true, false, null, null, null),
                List.of(), List.of(shop));
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
                "443", null, null, null, null, false, null, true, false, null, null, null), List.of(), List.of());

        assertThat(lines(lb(List.of(https), List.of()))).containsSubsequence("frontend fe_" + https.id(),
                "disabled");
    }

    @Test
    void httpRoutesRejectAndRedirectBeforeSwitchingAndTestEveryFieldAsAllTheirRulesSay() throws Exception {
        FarmConfig a = farm("http", new FarmSpec("all", 80, null, null, null, "a"),
                server(1, "10.0.0.1", null, null, false, "active", false));
        FarmConfig b = farm("http", new FarmSpec("all", 80, null, null, null, "b"),
                server(1, "10.0.0.2", null, null, false, "active", false));
        UUID unpublished = UUID.randomUUID();
        OvhFrontendSpec spec = new OvhFrontendSpec("all", "80", a.id(), null, null, null, false, null, false, false,
                null, null, null);
        List<OvhRouteConfig> routes = List.of(
                route(4, new OvhRouteAction("reject", null, null, 429),
                        rule(1, "source", null, "in", false, "192.0.2.0/24, 198.51.100.7"),
                        rule(2, "method", null, "is", true, "GET")),
                route(2, new OvhRouteAction("redirect", null, "${protocol}://www.${domain}:${port}${path}?${arguments}"
                        + "&from=${host}${uri}&pct=100%", 301), rule(3, "protocol", null, "is", false, "http")),
                route(1, new OvhRouteAction("farm", b.id(), null, null),
                        rule(5, "host", null, "endswith", false, ".b.example"),
                        rule(6, "uri", null, "startswith", true, "/admin"),
                        rule(7, "param", "q", "contains", false, "x\"y"),
                        rule(8, "header", "X-Env", "matches", false, "^(prod|staging)$"),
                        rule(9, "cookie", "session", "exists", true, null)),
                route(3, new OvhRouteAction("farm", unpublished, null, null)),
                route(5, new OvhRouteAction("farm", a.id(), null, null)));
        OvhFrontendConfig frontend = new OvhFrontendConfig(UUID.randomUUID(), "http", 1, spec, routes, List.of());
        LbConfig lb = lb(List.of(frontend), List.of(a, b));

        assertThat(HaproxyCheck.problems(renderer, root, lb)).isEmpty();
        assertThat(lines(lb)).containsSubsequence("frontend fe_" + frontend.id(), "mode http",
                "acl ovh_route_4_rule_1 src -- \"192.0.2.0/24\" \"198.51.100.7\"",
                "acl ovh_route_4_rule_2 method -m str -- \"GET\"",
                "acl ovh_route_2_rule_3 ssl_fc,iif(https,http) -m str -- \"http\"",
                "acl ovh_route_1_rule_5 req.hdr(host),field(1,:) -i -m end -- \".b.example\"",
                "acl ovh_route_1_rule_6 path -m beg -- \"/admin\"",
                "acl ovh_route_1_rule_7 \"url_param(\\\"q\\\")\" -m sub -- \"x\\\"y\"",
                "acl ovh_route_1_rule_8 \"req.hdr(\\\"X-Env\\\")\" -m reg -- \"^(prod|staging)\\$\"",
                "acl ovh_route_1_rule_9 \"req.cook(\\\"session\\\")\" -m found",
                "http-request deny deny_status 429 if ovh_route_4_rule_1 !ovh_route_4_rule_2",
                "http-request redirect location \"%[ssl_fc,iif(https,http)]://www.%[req.hdr(host),field(1,:)]:"
                        + "%[dst_port]%[path]?%[query]&from=%[req.hdr(host)]%[url]&pct=100%%\" code 301"
                        + " if ovh_route_2_rule_3",
                "use_backend be_" + b.id() + " if ovh_route_1_rule_5 !ovh_route_1_rule_6 ovh_route_1_rule_7"
                        + " ovh_route_1_rule_8 !ovh_route_1_rule_9",
                "# route 3 not applied: its farm is not in this configuration",
                "use_backend be_" + a.id(),
                "default_backend be_" + a.id());
    }

    @Test
    void tcpRoutesWaitForTheHelloToTestSniAndProtocolAndRejectByClosing() throws Exception {
        FarmConfig farm = farm("tcp", new FarmSpec("all", 5432, null, null, null, "db"),
                server(1, "10.0.0.1", null, null, false, "active", false));
        OvhFrontendConfig frontend = new OvhFrontendConfig(UUID.randomUUID(), "tcp", 1, new OvhFrontendSpec("all",
                "5432", null, null, null, null, false, null, false, false, null, null, null), List.of(
                route(1, new OvhRouteAction("reject", null, null, null), rule(1, "source", null, "is", false,
                        "203.0.113.0/24")),
                route(2, new OvhRouteAction("farm", farm.id(), null, null),
                        rule(2, "sni", null, "in", false, "db.example,DB2.example"),
                        rule(3, "protocol", null, "is", false, "tls"))), List.of());
        LbConfig lb = lb(List.of(frontend), List.of(farm));

        assertThat(HaproxyCheck.problems(renderer, root, lb)).isEmpty();
        assertThat(lines(lb)).containsSubsequence("frontend fe_" + frontend.id(), "mode tcp",
                "acl ovh_route_1_rule_1 src -- \"203.0.113.0/24\"",
                "acl ovh_route_2_rule_2 req.ssl_sni -i -m str -- \"db.example\" \"DB2.example\"",
                "acl ovh_route_2_rule_3 req.ssl_hello_type,bool,iif(tls,tcp) -m str -- \"tls\"",
                "tcp-request content reject if ovh_route_1_rule_1",
                "tcp-request inspect-delay 5s",
                "use_backend be_" + farm.id() + " if ovh_route_2_rule_2 ovh_route_2_rule_3");
        assertThat(lines(lb)).as("no default farm: only the route serves").noneMatch(line ->
                line.startsWith("default_backend"));
    }

    private static OvhRouteConfig route(long routeId, OvhRouteAction action, OvhRouteConfig.Rule... rules) {
        return new OvhRouteConfig(UUID.randomUUID(), routeId, new OvhRouteSpec(action, null, null, 0),
                List.of(rules));
    }

    private static OvhRouteConfig.Rule rule(long ruleId, String field, String subField, String match,
                                            boolean negate, String pattern) {
        return new OvhRouteConfig.Rule(ruleId, new OvhRuleSpec(field, subField, match, negate, pattern, null));
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
