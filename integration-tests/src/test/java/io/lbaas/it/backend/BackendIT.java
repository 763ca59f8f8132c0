package io.lbaas.it.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Backends through the zoned form, as Terraform and the SDKs use them. */
class BackendIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aBackendGetsScalewaysDefaultsAndEmbedsItsLoadBalancer() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = lb(tenant, token);

        Api.Response created = api.post(token, ZONE + "/lbs/" + lb + "/backends",
                "{\"name\":\"web\",\"forward_port\":80,\"server_ip\":[\"10.0.0.1\"]}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode backend = created.json();
        assertThat(created.body()).startsWith("{\"id\":\"" + backend.get("id").asText()
                + "\",\"name\":\"web\",\"forward_protocol\":\"tcp\",\"forward_port\":80,");
        assertThat(backend.get("forward_port_algorithm").asText()).isEqualTo("roundrobin");
        assertThat(backend.get("sticky_sessions").asText()).isEqualTo("none");
        assertThat(backend.get("timeout_server").asLong()).isEqualTo(300_000);
        assertThat(backend.get("timeout_connect").asLong()).isEqualTo(5_000);
        assertThat(backend.get("timeout_tunnel").asLong()).isEqualTo(900_000);
        assertThat(backend.get("timeout_queue").asText()).isEqualTo("0s");
        assertThat(backend.get("proxy_protocol").asText()).isEqualTo("proxy_protocol_none");
        assertThat(backend.get("send_proxy_v2").asBoolean()).isFalse();
        assertThat(backend.get("failover_host").isNull()).isTrue();
        assertThat(backend.get("max_retries").asInt()).isEqualTo(3);
        assertThat(backend.get("health_check").toString()).isEqualTo("{\"port\":80,\"check_delay\":3000,"
                + "\"check_timeout\":1000,\"check_max_retries\":3,\"check_send_proxy\":false,"
                + "\"transient_check_delay\":\"0.500s\",\"tcp_config\":{}}");
        assertThat(backend.get("pool")).extracting(JsonNode::asText).containsExactly("10.0.0.1");
        assertThat(backend.get("lb").get("id").asText()).isEqualTo(lb);
        assertThat(backend.get("lb").get("backend_count").asInt()).isEqualTo(1);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("backend_count").asInt()).isEqualTo(1);
        assertThat(api.get(token, ZONE + "/backends/" + backend.get("id").asText()).body()).isEqualTo(created.body());
    }

    @Test
    void durationsAreReadInEveryFormAndAnsweredInTheLiveApisForm() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = lb(tenant, token);

        JsonNode backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", """
                {"name":"d","forward_port":443,"timeout_server":"30s","timeout_connect":"2500",
                 "timeout_tunnel":60000,"timeout_queue":"1.500000000s",
                 "health_check":{"check_delay":"2.5s","check_timeout":"500","check_max_retries":2,
                                 "transient_check_delay":"1s","http_config":{"uri":"/health","code":204}}}
                """).json();

        assertThat(backend.get("timeout_server").asLong()).isEqualTo(30_000);
        assertThat(backend.get("timeout_connect").asLong()).isEqualTo(2_500);
        assertThat(backend.get("timeout_tunnel").asLong()).isEqualTo(60_000);
        assertThat(backend.get("timeout_queue").asText()).isEqualTo("1.500s");
        JsonNode check = backend.get("health_check");
        assertThat(check.get("check_delay").asLong()).isEqualTo(2_500);
        assertThat(check.get("check_timeout").asLong()).isEqualTo(500);
        assertThat(check.get("transient_check_delay").asText()).isEqualTo("1s");
        assertThat(check.get("port").asInt()).as("the forward port by default").isEqualTo(443);
        assertThat(check.get("http_config").toString())
                .isEqualTo("{\"uri\":\"/health\",\"method\":\"GET\",\"code\":204,\"host_header\":\"\"}");
        assertThat(check.has("tcp_config")).isFalse();
    }

    @Test
    void serversAreAddedOnceRemovedAndSet() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String backend = backend(tenant, token, "[\"10.0.0.1\"]");
        String servers = ZONE + "/backends/" + backend + "/servers";

        Api.Response added = api.post(token, servers, "{\"server_ip\":[\"10.0.0.2\",\"10.0.0.1\",\"2001:db8:0::1\"]}");
        assertThat(pool(added)).containsExactly("10.0.0.1", "10.0.0.2", "2001:db8::1");

        Api.Response removed = api.send(token, "DELETE", servers, "{\"server_ip\":[\"10.0.0.1\",\"2001:db8::1\"]}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(pool(removed)).containsExactly("10.0.0.2");

        Api.Response set = api.put(token, servers, "{\"server_ip\":[\"192.168.1.5\",\"192.168.1.6\"]}");
        assertThat(pool(set)).containsExactly("192.168.1.5", "192.168.1.6");
        assertThat(pool(api.get(token, ZONE + "/backends/" + backend))).containsExactly("192.168.1.5",
                "192.168.1.6");
    }

    @Test
    void theHealthCheckIsReplacedAloneAndAnUpdateKeepsServersAndHealthCheck() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String backend = backend(tenant, token, "[\"10.0.0.1\"]");

        Api.Response check = api.put(token, ZONE + "/backends/" + backend + "/healthcheck", """
                {"port":8080,"check_delay":10000,"check_timeout":2000,"check_max_retries":5,"check_send_proxy":true,
                 "https_config":{"uri":"/ping","method":"HEAD","host_header":"example.com","sni":"example.com"}}""");
        Api.Response updated = api.put(token, ZONE + "/backends/" + backend,
                "{\"name\":\"renamed\",\"forward_port\":81,\"forward_port_algorithm\":\"leastconn\"}");

        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("https_config").get("sni").asText()).isEqualTo("example.com");
        assertThat(check.json().get("check_max_retries").asInt()).isEqualTo(5);
        assertThat(updated.json().get("name").asText()).isEqualTo("renamed");
        assertThat(updated.json().get("forward_port_algorithm").asText()).isEqualTo("leastconn");
        assertThat(updated.json().get("health_check")).isEqualTo(check.json());
        assertThat(pool(updated)).containsExactly("10.0.0.1");
    }

    @Test
    void backendsAreListedByLbAndGoWithIt() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = lb(tenant, token);
        List<String> ids = new ArrayList<>();
        for (String name : List.of("b1", "b2", "b3")) {
            ids.add(api.post(token, ZONE + "/lbs/" + lb + "/backends",
                    "{\"name\":\"" + name + "\",\"forward_port\":80}").json().get("id").asText());
        }

        JsonNode page = api.get(token, ZONE + "/lbs/" + lb + "/backends?page_size=2&order_by=name_desc").json();
        assertThat(page.get("total_count").asInt()).isEqualTo(3);
        assertThat(page.get("backends")).extracting(b -> b.get("name").asText()).containsExactly("b3", "b2");

        assertThat(api.delete(token, ZONE + "/backends/" + ids.get(0)).status()).isEqualTo(204);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("backend_count").asInt()).isEqualTo(2);
        assertThat(api.delete(token, ZONE + "/lbs/" + lb).status()).isEqualTo(204);
        for (String id : ids) {
            assertThat(api.get(token, ZONE + "/backends/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void theOffersLimitsAreEnforced() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = lb(tenant, token);
        for (int i = 0; i < 10; i++) {
            assertThat(api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":80}").status())
                    .isEqualTo(200);
        }

        Api.Response eleventh = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":80}");
        StringBuilder many = new StringBuilder("[");
        for (int i = 1; i <= 51; i++) {
            many.append(i > 1 ? "," : "").append("\"10.1.0.").append(i).append('"');
        }
        String backend = api.get(token, ZONE + "/lbs/" + lb + "/backends").json().get("backends").get(0)
                .get("id").asText();
        Api.Response tooManyServers = api.put(token, ZONE + "/backends/" + backend + "/servers",
                "{\"server_ip\":" + many + "]}");

        assertThat(eleventh.status()).isEqualTo(403);
        assertThat(eleventh.json().get("type").asText()).isEqualTo("quotas_exceeded");
        assertThat(eleventh.json().get("details").get(0).get("quota").asInt()).isEqualTo(10);
        assertThat(tooManyServers.status()).isEqualTo(403);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("backend_count").asInt()).isEqualTo(10);
    }

    @Test
    void anotherTenantsBackendDoesNotExist() {
        Tenant alice = system.tenants().create();
        Tenant bob = system.tenants().create();
        String backend = backend(alice, alice.writerToken(), "[\"10.0.0.1\"]");
        String bobs = bob.writerToken();

        for (Api.Response answer : List.of(
                api.get(bobs, ZONE + "/backends/" + backend),
                api.put(bobs, ZONE + "/backends/" + backend, "{\"name\":\"x\",\"forward_port\":80}"),
                api.post(bobs, ZONE + "/backends/" + backend + "/servers", "{\"server_ip\":[\"10.0.0.9\"]}"),
                api.put(bobs, ZONE + "/backends/" + backend + "/healthcheck", "{\"port\":80}"),
                api.delete(bobs, ZONE + "/backends/" + backend))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("resource").asText()).isEqualTo("lb_backend");
        }
        assertThat(pool(api.get(alice.readerToken(), ZONE + "/backends/" + backend))).containsExactly("10.0.0.1");
    }

    private static String lb(Tenant tenant, String token) {
        Api.Response created = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}");
        return created.json().get("id").asText();
    }

    private static String backend(Tenant tenant, String token, String servers) {
        Api.Response created = api.post(token, ZONE + "/lbs/" + lb(tenant, token) + "/backends",
                "{\"name\":\"b\",\"forward_port\":80,\"server_ip\":" + servers + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    private static List<String> pool(Api.Response answer) {
        List<String> pool = new ArrayList<>();
        answer.json().get("pool").forEach(server -> pool.add(server.asText()));
        return pool;
    }
}
