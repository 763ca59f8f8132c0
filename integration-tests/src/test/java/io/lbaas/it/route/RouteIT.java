package io.lbaas.it.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes from a frontend to another backend of its load balancer, by SNI, Host header or path. */
class RouteIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void anSniRouteOnATcpFrontendIsAnsweredAsScalewayDoesAndCounted() {
        Setup setup = setup("tcp");

        Api.Response created = api.post(setup.token, ZONE + "/routes", "{\"frontend_id\":\"" + setup.frontend
                + "\",\"backend_id\":\"" + setup.other + "\",\"match\":{\"sni\":\"sni.example.com\","
                + "\"match_subdomains\":false}}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode route = created.json();
        assertThat(created.body()).startsWith("{\"id\":\"" + route.get("id").asText() + "\",\"frontend_id\":\""
                + setup.frontend + "\",\"backend_id\":\"" + setup.other
                + "\",\"match\":{\"sni\":\"sni.example.com\",\"match_subdomains\":false},\"created_at\":");
        assertThat(api.get(setup.token, Api.REGION + "/routes/" + route.get("id").asText()).body())
                .isEqualTo(created.body());
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb).json().get("route_count").asInt()).isEqualTo(1);
        assertThat(api.get(setup.token, ZONE + "/routes?frontend_id=" + setup.frontend).json().get("total_count")
                .asInt()).isEqualTo(1);
    }

    @Test
    void httpFrontendsRouteByHostOrPathAndNeverByTwoMatches() {
        Setup setup = setup("http");
        String route = "{\"frontend_id\":\"" + setup.frontend + "\",\"backend_id\":\"" + setup.other
                + "\",\"match\":%s}";

        Api.Response host = api.post(setup.token, ZONE + "/routes",
                route.formatted("{\"host_header\":\"api.example.com\",\"match_subdomains\":true}"));
        Api.Response path = api.post(setup.token, ZONE + "/routes", route.formatted("{\"path_begin\":\"/static\"}"));
        Api.Response sni = api.post(setup.token, ZONE + "/routes", route.formatted("{\"sni\":\"x.example.com\"}"));
        Api.Response two = api.post(setup.token, ZONE + "/routes",
                route.formatted("{\"host_header\":\"a.example.com\",\"path_begin\":\"/a\"}"));
        Api.Response same = api.post(setup.token, ZONE + "/routes", route.formatted("{\"path_begin\":\"/static\"}"));

        assertThat(host.status()).as(host.body()).isEqualTo(200);
        assertThat(host.json().get("match").get("match_subdomains").asBoolean()).isTrue();
        assertThat(path.status()).as(path.body()).isEqualTo(200);
        assertThat(sni.status()).isEqualTo(400);
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().get("details").get(0).get("argument_name").asText()).isEqualTo("match");
        assertThat(same.status()).isEqualTo(409);

        Api.Response moved = api.put(setup.token, ZONE + "/routes/" + path.json().get("id").asText(),
                "{\"backend_id\":\"" + setup.backend + "\",\"match\":{\"path_begin\":\"/assets\"}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("backend_id").asText()).isEqualTo(setup.backend);
        assertThat(moved.json().get("match").get("path_begin").asText()).isEqualTo("/assets");
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb).json().get("route_count").asInt()).isEqualTo(2);
    }

    @Test
    void theTargetBackendIsKeptAliveAndEverythingGoesWithTheFrontend() {
        Setup setup = setup("http");
        Setup elsewhere = setup("http");
        String routes = ZONE + "/routes";
        Api.Response foreignBackend = api.post(setup.token, routes, "{\"frontend_id\":\"" + setup.frontend
                + "\",\"backend_id\":\"" + elsewhere.other + "\",\"match\":{\"path_begin\":\"/\"}}");
        String route = api.post(setup.token, routes, "{\"frontend_id\":\"" + setup.frontend + "\",\"backend_id\":\""
                + setup.other + "\",\"match\":{\"path_begin\":\"/\"}}").json().get("id").asText();

        assertThat(foreignBackend.status()).isEqualTo(404);
        Api.Response inUse = api.delete(setup.token, ZONE + "/backends/" + setup.other);
        assertThat(inUse.status()).isEqualTo(412);
        assertThat(inUse.json().get("help_message").asText()).contains("route " + route);

        assertThat(api.delete(setup.token, ZONE + "/frontends/" + setup.frontend).status()).isEqualTo(204);
        assertThat(api.get(setup.token, ZONE + "/routes/" + route).status()).isEqualTo(404);
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb).json().get("route_count").asInt()).isZero();
        assertThat(api.delete(setup.token, ZONE + "/backends/" + setup.other).status()).isEqualTo(204);
    }

    @Test
    void anotherTenantsRoutesDoNotExistAndAreNeverListed() {
        Setup setup = setup("tcp");
        String route = api.post(setup.token, ZONE + "/routes", "{\"frontend_id\":\"" + setup.frontend
                + "\",\"backend_id\":\"" + setup.other + "\",\"match\":{\"sni\":\"a.example.com\"}}").json()
                .get("id").asText();
        String stranger = system.tenants().create().writerToken();

        for (Api.Response answer : List.of(
                api.get(stranger, ZONE + "/routes/" + route),
                api.put(stranger, ZONE + "/routes/" + route, "{\"backend_id\":\"" + setup.other
                        + "\",\"match\":{\"sni\":\"b.example.com\"}}"),
                api.delete(stranger, ZONE + "/routes/" + route),
                api.post(stranger, ZONE + "/routes", "{\"frontend_id\":\"" + setup.frontend + "\",\"backend_id\":\""
                        + setup.other + "\",\"match\":{\"sni\":\"c.example.com\"}}"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }
        assertThat(api.get(stranger, ZONE + "/routes").json().get("total_count").asInt()).isZero();
        assertThat(api.get(stranger, ZONE + "/routes?frontend_id=" + setup.frontend).json().get("routes"))
                .isEmpty();
    }

    /** An LB with a frontend passing traffic to {@code backend}, and {@code other}, a second backend. */
    private record Setup(String token, String lb, String frontend, String backend, String other) {
    }

    private static Setup setup(String protocol) {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}").json()
                .get("id").asText();
        String backend = "{\"forward_port\":8080,\"forward_protocol\":\"" + protocol + "\"}";
        String first = api.post(token, ZONE + "/lbs/" + lb + "/backends", backend).json().get("id").asText();
        String second = api.post(token, ZONE + "/lbs/" + lb + "/backends", backend).json().get("id").asText();
        String frontend = api.post(token, ZONE + "/lbs/" + lb + "/frontends", "{\"inbound_port\":443,"
                + "\"backend_id\":\"" + first + "\"}").json().get("id").asText();
        return new Setup(token, lb, frontend, first, second);
    }
}
