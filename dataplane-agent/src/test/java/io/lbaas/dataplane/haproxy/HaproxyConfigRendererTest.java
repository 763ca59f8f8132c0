package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.desired.FrontendConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.route.RouteSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.lbaas.dataplane.haproxy.LbFixtures.acl;
import static io.lbaas.dataplane.haproxy.LbFixtures.action;
import static io.lbaas.dataplane.haproxy.LbFixtures.backend;
import static io.lbaas.dataplane.haproxy.LbFixtures.certificate;
import static io.lbaas.dataplane.haproxy.LbFixtures.frontend;
import static io.lbaas.dataplane.haproxy.LbFixtures.frontendSpec;
import static io.lbaas.dataplane.haproxy.LbFixtures.healthCheck;
import static io.lbaas.dataplane.haproxy.LbFixtures.http;
import static io.lbaas.dataplane.haproxy.LbFixtures.httpFilter;
import static io.lbaas.dataplane.haproxy.LbFixtures.inverted;
import static io.lbaas.dataplane.haproxy.LbFixtures.lb;
import static io.lbaas.dataplane.haproxy.LbFixtures.redirect;
import static io.lbaas.dataplane.haproxy.LbFixtures.subnets;
import static io.lbaas.dataplane.haproxy.LbFixtures.tcp;
import static org.assertj.core.api.Assertions.assertThat;

class HaproxyConfigRendererTest {

    private static final String HOSTILE = "/x\" if TRUE\nhttp-request deny $HOME #";

    private final HaproxyConfigRenderer renderer = new HaproxyConfigRenderer();

    @TempDir
    Path root;

    @Test
    void sendsToEveryServerOfThePoolByTheChosenAlgorithm() {
        BackendConfig backend = backend(http().algorithm("leastconn"));
        FrontendConfig frontend = frontend(backend, 80);

        List<String> lines = lines(lb(List.of(frontend), List.of(backend)));

        assertThat(lines).containsSubsequence("frontend fe_" + frontend.id(), "mode http",
                "bind 127.77.0.1:80 transparent", "bind [::1]:80 transparent", "default_backend be_" + backend.id());
        assertThat(lines).containsSubsequence("backend be_" + backend.id(), "mode http", "balance leastconn",
                "server s_10_0_0_1 10.0.0.1:80 " + renderer.serverOptions(backend),
                "server s_10_0_0_2 10.0.0.2:80 " + renderer.serverOptions(backend),
                "server s_fd00__3 [fd00::3]:80 " + renderer.serverOptions(backend));
        assertThat(renderer.serverOptions(backend))
                .isEqualTo("check inter 3s fastinter 500ms fall 3 rise 3 maxconn 100");
    }

    @Test
    void keepsClientsOnTheirServerWithACookieThatServersAddedLaterGetToo() {
        BackendConfig backend = backend(http().sticky("cookie"));

        List<String> lines = lines(lb(List.of(frontend(backend, 80)), List.of(backend)));

        assertThat(lines).contains("cookie \"SRVID\" insert indirect nocache dynamic",
                "dynamic-cookie-key \"" + backend.id() + "\"");
        assertThat(renderer.serverOptions(backend)).doesNotContain("cookie");
    }

    @Test
    void keepsClientsOnTheirServerBySourceAddressWithAStickTable() {
        BackendConfig backend = backend(tcp().sticky("table"));

        assertThat(lines(lb(List.of(frontend(backend, 80)), List.of(backend))))
                .containsSubsequence("stick-table type ipv6 size 1m expire 30m", "stick on src");
    }

    @Test
    void givesServersTheProxyProtocolTlsAndActionsTheBackendAsksFor() {
        BackendConfig backend = backend(http().proxyProtocol("proxy_protocol_v2_ssl_cn").ssl(true, false)
                .host("app.internal").check(healthCheck("https")).onMarkedDown("shutdown_sessions"));

        assertThat(renderer.serverOptions(backend)).isEqualTo("check inter 3s fastinter 500ms fall 3 rise 3"
                + " send-proxy-v2-ssl-cn ssl verify required ca-file @system-ca sni \"str(\\\"app.internal\\\")\""
                + " check-sni \"app.example.com\" maxconn 100 on-marked-down shutdown-sessions");
    }

    @Test
    void checksHttpServersWithTheRequestAndStatusOfTheHealthCheck() {
        BackendConfig backend = backend(http().check(healthCheck("http")));

        assertThat(lines(lb(List.of(frontend(backend, 80)), List.of(backend)))).containsSubsequence(
                "option httpchk",
                "http-check send meth \"GET\" uri \"/health\" ver HTTP/1.1 hdr Host \"app.example.com\"",
                "http-check expect status 200");
    }

    @Test
    void appliesAclsInTheirOrderAndInvertsTheWholeMatch() {
        BackendConfig backend = backend(http());
        List<AclSpec> acls = List.of(
                acl(0, action("deny"), subnets("192.0.2.0/24")),
                acl(1, redirect("location", "https://{{host}}{{path}}", 301), httpFilter("path_begin", null, "/old")),
                acl(2, action("allow"), inverted(httpFilter("http_header_match", "X-Env", "prod"))));
        FrontendConfig frontend = frontend(frontendSpec(backend, 80), acls, List.of(), List.of());

        assertThat(lines(lb(List.of(frontend), List.of(backend)))).containsSubsequence(
                "acl acl_0_src src -- \"192.0.2.0/24\"",
                "acl acl_1_http path_beg -- \"/old\"",
                "acl acl_2_http \"req.hdr(\\\"X-Env\\\")\" -m str -- \"prod\"",
                "http-request deny deny_status 403 if acl_0_src",
                "http-request redirect location \"https://%[req.hdr(host)]%[path]\" code 301 if acl_1_http",
                "http-request allow if !acl_2_http");
    }

    @Test
    void keepsHostileValuesInsideTheirOwnWord() {
        BackendConfig backend = backend(http());
        List<AclSpec> acls = List.of(acl(0, redirect("location", HOSTILE + "%[src]", null),
                httpFilter("path_end", null, HOSTILE, "-f")));
        FrontendConfig frontend = frontend(frontendSpec(backend, 80), acls, List.of(), List.of());

        List<String> lines = lines(lb(List.of(frontend), List.of(backend)));

        assertThat(lines).contains(
                "acl acl_0_http path_end -- \"/x\\\" if TRUE\\x0ahttp-request deny \\$HOME #\" \"-f\"",
                "http-request redirect location \"/x\\\" if TRUE%%0Ahttp-request deny \\$HOME #%%[src]\" code 302"
                        + " if acl_0_http");
        assertThat(lines).filteredOn(line -> line.startsWith("http-request") && !line.contains("acme-challenge"))
                .hasSize(1);
    }

    @Test
    void answersAcmeChallengesOnHttpFrontendsBeforeAnyAclCanDenyThem() {
        BackendConfig backend = backend(http());
        FrontendConfig frontend = frontend(frontendSpec(backend, 80),
                List.of(acl(0, action("deny"), subnets("0.0.0.0/0"))), List.of(), List.of());

        List<String> lines = lines(lb(List.of(frontend), List.of(backend)));

        assertThat(lines).filteredOn(line -> line.startsWith("http-request")).first().asString()
                .startsWith("http-request return status 200").contains("acme-challenges.map")
                .contains("path_beg /.well-known/acme-challenge/");
        BackendConfig tcpBackend = backend(tcp());
        assertThat(lines(lb(List.of(frontend(tcpBackend, 443)), List.of(tcpBackend))))
                .noneMatch(line -> line.contains("acme-challenge"));
    }

    @Test
    void routesByHostWithSubdomainsAndByPathBeforeTheDefaultBackend() {
        BackendConfig main = backend(http());
        BackendConfig api = backend(http());
        List<RouteSpec> routes = List.of(new RouteSpec(api.id(), null, "example.com", true, null),
                new RouteSpec(api.id(), null, null, false, "/api"));
        FrontendConfig frontend = frontend(frontendSpec(main, 80), List.of(), routes, List.of());

        assertThat(lines(lb(List.of(frontend), List.of(main, api)))).containsSubsequence(
                "acl route_0 req.hdr(host),field(1,:) -i -m str -- \"example.com\"",
                "acl route_0 req.hdr(host),field(1,:) -i -m end -- \".example.com\"",
                "acl route_1 path_beg -- \"/api\"",
                "use_backend be_" + api.id() + " if route_0",
                "use_backend be_" + api.id() + " if route_1",
                "default_backend be_" + main.id());
    }

    @Test
    void routesTcpByTheSniOfTheTlsHello() {
        BackendConfig main = backend(tcp());
        BackendConfig other = backend(tcp());
        FrontendConfig frontend = frontend(frontendSpec(main, 443), List.of(),
                List.of(new RouteSpec(other.id(), "db.example.com", null, false, null)), List.of());

        assertThat(lines(lb(List.of(frontend), List.of(main, other)))).containsSubsequence("mode tcp",
                "acl route_0 req.ssl_sni -i -m str -- \"db.example.com\"",
                "tcp-request inspect-delay 5s", "tcp-request content accept if { req.ssl_hello_type 1 }",
                "use_backend be_" + other.id() + " if route_0");
    }

    @Test
    void servesTheFailoverHostWhileNoServerIsUp() {
        BackendConfig backend = backend(http().failoverHost("site.s3-website.fr-par.scw.cloud"));

        assertThat(lines(lb(List.of(frontend(backend, 80)), List.of(backend)))).containsSubsequence(
                "use_backend bf_" + backend.id() + " if { nbsrv(be_" + backend.id() + ") eq 0 }",
                "default_backend be_" + backend.id(),
                "backend bf_" + backend.id(),
                "http-request set-header Host \"site.s3-website.fr-par.scw.cloud\"",
                "server failover \"site.s3-website.fr-par.scw.cloud:80\" init-addr last,libc,none");
    }

    @Test
    void servesCertificatesThroughACrtListAndSaysWhyThereIsNoHttp3() {
        BackendConfig backend = backend(http());
        FrontendSpec spec = new FrontendSpec("web", 443, backend.id(), 60_000, List.of(), true, 50, true);
        FrontendConfig frontend = frontend(spec, List.of(), List.of(),
                List.of(certificate("a.example.com"), certificate("b.example.com")));
        LbPaths paths = LbPaths.of(root, frontend.id());

        RenderedConfig rendered = renderer.render(lb(List.of(frontend), List.of(backend)), paths);

        Path crtList = paths.crtList(frontend.id());
        assertThat(rendered.haproxyCfg().lines().map(String::strip)).contains(
                "bind 127.77.0.1:443 transparent ssl crt-list \"" + crtList + "\" alpn h2,http/1.1",
                "# HTTP/3 was asked for, but this HAProxy build has no QUIC: clients get HTTP/2 and HTTP/1.1.",
                "timeout client 60s", "rate-limit sessions 50", "option httplog");
        assertThat(rendered.files().get(crtList)).isEqualTo(
                paths.certificate(frontend.certificates().get(0).id()) + "\n"
                        + paths.certificate(frontend.certificates().get(1).id()) + "\n");
        assertThat(rendered.files().get(paths.certificate(frontend.certificates().get(0).id())))
                .isEqualTo(frontend.certificates().get(0).pemBundle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssl_compatibility_level_intermediate", "ssl_compatibility_level_modern",
            "ssl_compatibility_level_old", "ssl_compatibility_level_unknown"})
    void haproxyAcceptsEveryCombination(String sslCompatibilityLevel) throws Exception {
        List<BackendConfig> backends = everyBackend();
        List<FrontendConfig> frontends = new ArrayList<>();
        for (BackendConfig backend : backends) {
            frontends.add(frontend(backend, 1000 + frontends.size()));
        }
        frontends.addAll(everyFrontendFeature(backends.get(0), backends.get(1), backends.get(2), backends.get(3)));
        LbConfig lb = lb(sslCompatibilityLevel, frontends, backends);

        assertThat(haproxyCheck(lb)).isEmpty();
    }

    private static List<BackendConfig> everyBackend() {
        List<BackendConfig> backends = new ArrayList<>(List.of(
                backend(http()), backend(tcp()), backend(http().failoverHost("site.s3-website.fr-par.scw.cloud")),
                backend(tcp().ssl(true, true).host("db.internal"))));
        for (String type : List.of("tcp", "http", "https", "mysql", "pgsql", "ldap", "redis")) {
            backends.add(backend(tcp().check(healthCheck(type))));
            backends.add(backend(http().check(healthCheck(type)).ssl(type.equals("https"), false)));
        }
        for (String algorithm : List.of("roundrobin", "leastconn", "first")) {
            backends.add(backend(http().algorithm(algorithm).sticky("cookie").host("app.internal")));
            backends.add(backend(tcp().algorithm(algorithm).sticky("table").onMarkedDown("shutdown_sessions")));
        }
        for (String proxyProtocol : List.of("proxy_protocol_unknown", "proxy_protocol_none", "proxy_protocol_v1",
                "proxy_protocol_v2", "proxy_protocol_v2_ssl", "proxy_protocol_v2_ssl_cn")) {
            backends.add(backend(tcp().proxyProtocol(proxyProtocol)));
        }
        return backends;
    }

    /** Frontends on ports 2000 and up: ACLs of every kind, routes of every kind, with and without TLS. */
    private static List<FrontendConfig> everyFrontendFeature(BackendConfig http, BackendConfig tcp,
                                                             BackendConfig httpWithFailover, BackendConfig tcpTls) {
        List<AclSpec> httpAcls = List.of(
                acl(0, action("deny"), subnets("192.0.2.0/24", "2001:db8::/32")),
                acl(1, action("allow"), httpFilter("path_begin", null, "/public", HOSTILE)),
                acl(2, action("deny"), inverted(httpFilter("path_end", null, ".php"))),
                acl(3, action("deny"), httpFilter("regex", null, "^/admin/[0-9]+$")),
                acl(4, action("allow"), httpFilter("http_header_match", "X-Env", "prod", "staging")),
                acl(5, redirect("location", "https://{{host}}{{path}}?{{query}}&s={{scheme}}" + HOSTILE, 308),
                        subnets("198.51.100.7")),
                acl(6, redirect("scheme", "https", null), inverted(subnets("203.0.113.0/24"))),
                acl(7, action("allow"), new AclSpec.Match(List.of(), true, "acl_http_filter_none", List.of(), null,
                        false)));
        List<AclSpec> tcpAcls = List.of(
                acl(0, action("allow"), subnets("192.0.2.1")),
                acl(1, action("deny"), inverted(subnets("192.0.2.0/24"))),
                acl(2, redirect("location", "https://example.com", 302), subnets("198.51.100.0/24")));
        List<RouteSpec> httpRoutes = List.of(
                new RouteSpec(httpWithFailover.id(), null, "example.com", true, null),
                new RouteSpec(httpWithFailover.id(), null, null, false, "/api"),
                new RouteSpec(http.id(), "ignored.example.com", null, false, null));
        List<RouteSpec> tcpRoutes = List.of(
                new RouteSpec(tcpTls.id(), "db.example.com", null, true, null),
                new RouteSpec(tcp.id(), null, HOSTILE, false, null));
        return List.of(
                frontend(frontendSpec(http, 2000), httpAcls, httpRoutes, List.of()),
                frontend(withLogsAndLimits(frontendSpec(httpWithFailover, 2001)), httpAcls, httpRoutes,
                        List.of(certificate("a.example.com"), certificate("b.example.com"))),
                frontend(frontendSpec(tcp, 2002), tcpAcls, tcpRoutes, List.of()),
                frontend(withLogsAndLimits(frontendSpec(tcpTls, 2003)), tcpAcls, tcpRoutes,
                        List.of(certificate("db.example.com"))));
    }

    private static FrontendSpec withLogsAndLimits(FrontendSpec spec) {
        return new FrontendSpec(spec.name(), spec.inboundPort(), spec.backendId(), 30_500, spec.certificateIds(), true,
                100, true);
    }

    /**
     * Writes the rendered files and returns what {@code haproxy -c} complains about, but for what this sandbox
     * causes: no DNS for failover hosts, no server states saved by a previous run.
     */
    private List<String> haproxyCheck(LbConfig lb) throws IOException, InterruptedException {
        return HaproxyCheck.problems(renderer, root, lb);
    }

    private List<String> lines(LbConfig lb) {
        String config = renderer.render(lb, LbPaths.of(root, lb.id())).haproxyCfg();
        return config.lines().map(String::strip).toList();
    }
}
