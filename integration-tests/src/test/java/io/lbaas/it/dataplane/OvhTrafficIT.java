package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real traffic through load balancers configured through the OVH dialect: its farms, servers and frontends are
 * events on the same log, which the same data-plane agent serves on HAProxy.
 */
class OvhTrafficIT {

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void anHttpFarmSplitsRequestsAsItsServersWeightsSay() throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("ovh-weights");
            String service = service(lb);
            long farm = post(lbs, service + "/http/farm", "{\"zone\":\"all\",\"port\":" + servers.port()
                    + ",\"balance\":\"roundrobin\"}").get("farmId").asLong();
            post(lbs, service + "/http/farm/" + farm + "/server", "{\"address\":\"" + servers.ip(1)
                    + "\",\"status\":\"active\",\"weight\":3}");
            post(lbs, service + "/http/farm/" + farm + "/server", "{\"address\":\"" + servers.ip(2)
                    + "\",\"status\":\"active\",\"weight\":1}");
            post(lbs, service + "/http/frontend", "{\"zone\":\"all\",\"port\":\"" + ServedLbs.PORT
                    + "\",\"defaultFarmId\":" + farm + "}");
            ServedLbs.awaitAnswer(lb, "/", Map.of());

            assertThat(servedBy(lb, ServedLbs.PORT, 40)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    servers.ip(1), 30L, servers.ip(2), 10L));
        }
    }

    @Test
    void aTcpFarmServesItsActiveServersElseItsBackupOnEveryPortOfItsFrontendAndRefusesSourcesNotAllowed()
            throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        try (TestBackends servers = TestBackends.start(3)) {
            ServedLbs.Lb lb = lbs.create("ovh-tcp");
            String service = service(lb);
            String farm = service + "/tcp/farm/" + post(lbs, service + "/tcp/farm", "{\"zone\":\"all\",\"port\":"
                    + servers.port() + "}").get("farmId").asLong();
            long active = post(lbs, farm + "/server", "{\"address\":\"" + servers.ip(1) + "\",\"status\":\"active\"}")
                    .get("serverId").asLong();
            post(lbs, farm + "/server", "{\"address\":\"" + servers.ip(2) + "\",\"status\":\"inactive\"}");
            post(lbs, farm + "/server", "{\"address\":\"" + servers.ip(3) + "\",\"status\":\"active\","
                    + "\"backup\":true}");
            long frontend = post(lbs, service + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"8000-8002,8443\","
                    + "\"defaultFarmId\":" + farm.substring(farm.lastIndexOf('/') + 1) + "}").get("frontendId")
                    .asLong();
            awaitBody(lb, 8001, servers.ip(1));

            assertThat(servedBy(lb, 8001, 10)).containsOnlyKeys(servers.ip(1));
            assertThat(servedBy(lb, 8443, 5)).containsOnlyKeys(servers.ip(1));

            put(lbs, farm + "/server/" + active, "{\"status\":\"inactive\"}");
            awaitBody(lb, 8000, servers.ip(3));
            assertThat(servedBy(lb, 8002, 10)).as("the backup serves once no active server is left")
                    .containsOnlyKeys(servers.ip(3));
            put(lbs, farm + "/server/" + active, "{\"status\":\"active\",\"weight\":2}");
            awaitBody(lb, 8000, servers.ip(1));
            assertThat(servedBy(lb, 8443, 5)).as("active again across reloads").containsOnlyKeys(servers.ip(1));

            put(lbs, service + "/tcp/frontend/" + frontend, "{\"zone\":\"all\",\"port\":\"8000-8002,8443\","
                    + "\"defaultFarmId\":" + farm.substring(farm.lastIndexOf('/') + 1)
                    + ",\"allowedSource\":[\"192.0.2.0/24\"]}");
            await("connections from outside allowedSource refused").atMost(Duration.ofSeconds(15))
                    .until(() -> refused(lb, 8001));
        }
    }

    private static String service(ServedLbs.Lb lb) {
        return "/1.0/ipLoadbalancing/loadbalancer-" + lb.id().replace("-", "");
    }

    private static JsonNode post(ServedLbs lbs, String path, String json) {
        Api.Response response = api.post(lbs.token(), path, json);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void put(ServedLbs lbs, String path, String json) {
        Api.Response response = api.put(lbs.token(), path, json);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    }

    private static Map<String, Long> servedBy(ServedLbs.Lb lb, int port, int requests) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(RawHttp.get(lb.ip(), port, "/").body());
        }
        return bodies.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static void awaitBody(ServedLbs.Lb lb, int port, String body) {
        await("lb " + lb.id() + " on " + port + " answers " + body).atMost(Duration.ofSeconds(15))
                .ignoreExceptions().until(() -> RawHttp.get(lb.ip(), port, "/").body(), body::equals);
    }

    private static boolean refused(ServedLbs.Lb lb, int port) {
        try {
            RawHttp.get(lb.ip(), port, "/");
            return false;
        } catch (IOException | IllegalStateException e) {
            return true;
        }
    }
}
