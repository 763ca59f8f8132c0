package io.lbaas.it.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.Concurrently;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Frontends through the zoned form: a port per load balancer, a backend of the same one. */
class FrontendIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aFrontendEmbedsItsBackendAndLoadBalancerWithScalewaysDefaults() {
        Setup setup = setup();

        Api.Response created = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends",
                "{\"name\":\"https\",\"inbound_port\":443,\"backend_id\":\"" + setup.backend + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode frontend = created.json();
        assertThat(created.body()).startsWith("{\"id\":\"" + frontend.get("id").asText()
                + "\",\"name\":\"https\",\"inbound_port\":443,\"backend\":{\"id\":\"" + setup.backend + "\"");
        assertThat(frontend.get("backend").get("lb").get("id").asText()).isEqualTo(setup.lb);
        assertThat(frontend.get("lb").get("frontend_count").asInt()).isEqualTo(1);
        assertThat(frontend.get("timeout_client").asLong()).isEqualTo(300_000);
        assertThat(frontend.get("certificate").isNull()).isTrue();
        assertThat(frontend.get("certificate_ids")).isEmpty();
        assertThat(frontend.get("enable_http3").asBoolean()).isFalse();
        assertThat(frontend.get("connection_rate_limit").isNull()).isTrue();
        assertThat(frontend.get("enable_access_logs").asBoolean()).isFalse();
        assertThat(api.get(setup.token, ZONE + "/frontends/" + frontend.get("id").asText()).body())
                .isEqualTo(created.body());
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends").json().get("frontends"))
                .hasSize(1);
    }

    @Test
    void twoConcurrentCreatesOnOnePortLeaveOneFrontendAndOneClearRefusal() throws Exception {
        Setup setup = setup();
        String body = "{\"inbound_port\":80,\"backend_id\":\"" + setup.backend + "\"}";

        List<Api.Response> answers = Concurrently.run(List.of(
                () -> api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends", body),
                () -> api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends", body)));

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        Api.Response refused = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().get("type").asText()).isEqualTo("already_exists");
        assertThat(refused.json().get("help_message").asText()).contains("inbound port 80");
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends").json().get("total_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void anUpdateKeepsItsOwnPortButCannotTakeAnother() {
        Setup setup = setup();
        String frontends = ZONE + "/lbs/" + setup.lb + "/frontends";
        String first = api.post(setup.token, frontends, "{\"inbound_port\":80,\"backend_id\":\"" + setup.backend
                + "\"}").json().get("id").asText();
        api.post(setup.token, frontends, "{\"inbound_port\":443,\"backend_id\":\"" + setup.backend + "\"}");

        Api.Response kept = api.put(setup.token, ZONE + "/frontends/" + first, "{\"name\":\"renamed\","
                + "\"inbound_port\":80,\"backend_id\":\"" + setup.backend + "\",\"timeout_client\":\"60s\"}");
        Api.Response taken = api.put(setup.token, ZONE + "/frontends/" + first, "{\"name\":\"x\","
                + "\"inbound_port\":443,\"backend_id\":\"" + setup.backend + "\"}");

        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("timeout_client").asLong()).isEqualTo(60_000);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(api.get(setup.token, ZONE + "/frontends/" + first).json().get("name").asText())
                .isEqualTo("renamed");
    }

    @Test
    void theBackendMustBelongToTheSameLoadBalancerAndCertificatesMustExist() {
        Setup setup = setup();
        Setup other = setup();
        String frontends = ZONE + "/lbs/" + setup.lb + "/frontends";

        Api.Response foreign = api.post(setup.token, frontends,
                "{\"inbound_port\":80,\"backend_id\":\"" + other.backend + "\"}");
        Api.Response missing = api.post(setup.token, frontends,
                "{\"inbound_port\":80,\"backend_id\":\"" + UUID.randomUUID() + "\"}");
        Api.Response certificate = api.post(setup.token, frontends, "{\"inbound_port\":80,\"backend_id\":\""
                + setup.backend + "\",\"certificate_ids\":[\"" + UUID.randomUUID() + "\"]}");

        assertThat(foreign.status()).isIn(400, 404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("resource").asText()).isEqualTo("lb_backend");
        assertThat(certificate.status()).isEqualTo(404);
        assertThat(certificate.json().get("resource").asText()).isEqualTo("lb_certificate");
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb).json().get("frontend_count").asInt()).isZero();
    }

    @Test
    void aBackendInUseCannotBeDeletedAndEverythingGoesWithTheLoadBalancer() {
        Setup setup = setup();
        String frontend = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends",
                "{\"inbound_port\":80,\"backend_id\":\"" + setup.backend + "\"}").json().get("id").asText();

        Api.Response inUse = api.delete(setup.token, ZONE + "/backends/" + setup.backend);
        assertThat(inUse.status()).isEqualTo(412);
        assertThat(inUse.json().get("precondition").asText()).isEqualTo("resource_still_in_use");

        assertThat(api.delete(setup.token, ZONE + "/lbs/" + setup.lb).status()).isEqualTo(204);
        assertThat(api.get(setup.token, ZONE + "/frontends/" + frontend).status()).isEqualTo(404);
        assertThat(api.get(setup.token, ZONE + "/backends/" + setup.backend).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsFrontendDoesNotExist() {
        Setup alice = setup();
        String frontend = api.post(alice.token, ZONE + "/lbs/" + alice.lb + "/frontends",
                "{\"inbound_port\":80,\"backend_id\":\"" + alice.backend + "\"}").json().get("id").asText();
        String bob = system.tenants().create().writerToken();

        for (Api.Response answer : List.of(
                api.get(bob, ZONE + "/frontends/" + frontend),
                api.put(bob, ZONE + "/frontends/" + frontend, "{\"name\":\"x\",\"inbound_port\":81,"
                        + "\"backend_id\":\"" + alice.backend + "\"}"),
                api.delete(bob, ZONE + "/frontends/" + frontend),
                api.get(bob, ZONE + "/lbs/" + alice.lb + "/frontends"))) {
            assertThat(answer.status()).isEqualTo(404);
        }
        assertThat(api.get(alice.token, ZONE + "/frontends/" + frontend).status()).isEqualTo(200);
    }

    private record Setup(String token, String lb, String backend) {
    }

    private static Setup setup() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.post(token, ZONE + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}").json()
                .get("id").asText();
        String backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":8080}").json()
                .get("id").asText();
        return new Setup(token, lb, backend);
    }
}
