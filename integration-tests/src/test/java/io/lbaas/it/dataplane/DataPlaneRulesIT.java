package io.lbaas.it.dataplane;

import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;

/** ACLs and routes of frontends, set through the public API, as real requests meet them on HAProxy. */
class DataPlaneRulesIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aclsDenyAndRedirectWhatTheyMatchAndLetTheRestThrough() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("guarded");
            String frontend = lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            lbs.post("/frontends/" + frontend + "/acls", """
                    {"name":"no-admin","index":0,"action":{"type":"deny"},
                     "match":{"http_filter":"path_begin","http_filter_value":["/admin"]}}""");
            lbs.post("/frontends/" + frontend + "/acls", """
                    {"name":"moved","index":1,"action":{"type":"redirect","redirect":{"type":"location",
                     "target":"https://example.com/new","code":301}},
                     "match":{"http_filter":"path_begin","http_filter_value":["/old"]}}""");

            RawHttp.Answer denied = awaitAnswer(lb, "/admin/users", Map.of(), answer -> answer.status() == 403);
            RawHttp.Answer redirected = awaitAnswer(lb, "/old/page", Map.of(), answer -> answer.status() != 200);
            RawHttp.Answer passed = awaitAnswer(lb, "/public", Map.of());

            assertThat(denied.status()).isEqualTo(403);
            assertThat(redirected.status()).isEqualTo(301);
            assertThat(redirected.header("location")).isEqualTo("https://example.com/new");
            assertThat(passed.status()).isEqualTo(200);
            assertThat(passed.body()).isEqualTo(servers.ip(1));
        }
    }

    @Test
    void routesSendAHostToItsOwnBackend() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends web = TestBackends.start(1); TestBackends api = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("routed");
            String frontend = lbs.frontend(lb, lbs.backend(lb, httpBackend(web, "roundrobin", "")), "");
            String apiBackend = lbs.backend(lb, httpBackend(api, "roundrobin", ""));
            lbs.post("/routes", "{\"frontend_id\":\"" + frontend + "\",\"backend_id\":\"" + apiBackend
                    + "\",\"match\":{\"host_header\":\"api.example.com\",\"match_subdomains\":false}}");

            RawHttp.Answer routed = awaitAnswer(lb, "/", Map.of("Host", "api.example.com"),
                    answer -> answer.body().equals(api.ip(1)));

            assertThat(routed.body()).isEqualTo(api.ip(1));
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/", Map.of("Host", "www.example.com")).body())
                    .isEqualTo(web.ip(1));
        }
    }
}
