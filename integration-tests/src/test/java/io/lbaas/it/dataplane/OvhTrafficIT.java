package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneAgent;
import io.lbaas.it.support.DataPlaneReports;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.UdpServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
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
            refresh(lbs, service);
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
            refresh(lbs, service);
            awaitBody(lb, 8001, servers.ip(1));

            assertThat(servedBy(lb, 8001, 10)).containsOnlyKeys(servers.ip(1));
            assertThat(servedBy(lb, 8443, 5)).containsOnlyKeys(servers.ip(1));

            put(lbs, farm + "/server/" + active, "{\"status\":\"inactive\"}");
            refresh(lbs, service);
            awaitBody(lb, 8000, servers.ip(3));
            assertThat(servedBy(lb, 8002, 10)).as("the backup serves once no active server is left")
                    .containsOnlyKeys(servers.ip(3));
            put(lbs, farm + "/server/" + active, "{\"status\":\"active\",\"weight\":2}");
            refresh(lbs, service);
            awaitBody(lb, 8000, servers.ip(1));
            assertThat(servedBy(lb, 8443, 5)).as("active again across reloads").containsOnlyKeys(servers.ip(1));

            put(lbs, service + "/tcp/frontend/" + frontend, "{\"zone\":\"all\",\"port\":\"8000-8002,8443\","
                    + "\"defaultFarmId\":" + farm.substring(farm.lastIndexOf('/') + 1)
                    + ",\"allowedSource\":[\"192.0.2.0/24\"]}");
            refresh(lbs, service);
            await("connections from outside allowedSource refused").atMost(Duration.ofSeconds(15))
                    .until(() -> refused(lb, 8001));
        }
    }

    @Test
    void anSslFrontendDeciphersWithTheCertificateTheClientNamesElseItsDefaultOneAndItsServerStateIsShown() throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        TestCertificates.Issued authority = TestCertificates.authority("OvhTrafficIT CA");
        TestCertificates.Issued shop = TestCertificates.leaf(authority, "shop.example", List.of("shop.example"));
        TestCertificates.Issued blog = TestCertificates.leaf(authority, "blog.example", List.of("blog.example"));
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("ovh-ssl");
            String service = service(lb);
            long farm = post(lbs, service + "/http/farm", "{\"zone\":\"all\",\"port\":" + servers.port()
                    + ",\"probe\":{\"type\":\"tcp\"}}").get("farmId").asLong();
            String server = service + "/http/farm/" + farm + "/server/" + post(lbs, service + "/http/farm/" + farm
                    + "/server", "{\"address\":\"" + servers.ip(1) + "\",\"status\":\"active\",\"probe\":true}")
                    .get("serverId").asLong();
            assertThat(get(lbs, server).get("serverState")).as("not run yet").isEmpty();
            long shopId = post(lbs, service + "/ssl", JsonNodeFactory.instance.objectNode()
                    .put("certificate", shop.pem()).put("key", shop.keyPem()).put("chain", authority.pem())
                    .toString()).get("id").asLong();
            post(lbs, service + "/ssl", JsonNodeFactory.instance.objectNode().put("certificate", blog.pem())
                    .put("key", blog.keyPem()).toString());
            post(lbs, service + "/http/frontend", "{\"zone\":\"all\",\"port\":\"443\",\"ssl\":true,"
                    + "\"defaultSslId\":" + shopId + ",\"defaultFarmId\":" + farm + "}");
            refresh(lbs, service);

            DataPlaneTlsIT.TlsAnswer toBlog = await("HTTPS served").atMost(Duration.ofSeconds(15))
                    .ignoreExceptions().until(() -> DataPlaneTlsIT.https(lb, "blog.example"), answer -> true);
            DataPlaneTlsIT.TlsAnswer toUnknown = DataPlaneTlsIT.https(lb, "unknown.example");

            assertThat(toBlog.fingerprint()).isEqualTo(blog.fingerprint());
            assertThat(toBlog.http().body()).isEqualTo(servers.ip(1));
            assertThat(toUnknown.fingerprint()).as("the default one").isEqualTo(shop.fingerprint());
            JsonNode state = await("the server's probe reported").atMost(Duration.ofSeconds(15))
                    .until(() -> get(lbs, server).get("serverState"), states -> states.size() == 1
                            && states.get(0).get("checkStatus").asText().equals("passed"));
            assertThat(state.get(0).get("status").asText()).isEqualTo("UP");
            assertThat(state.get(0).get("checkTime").asText()).isNotBlank();
            JsonNode status = get(lbs, service + "/status");
            assertThat(status.at("/service/status").asText()).isEqualTo("ok");
            assertThat(status.at("/servers/total").asLong()).isEqualTo(1);
            assertThat(status.at("/servers/status/ok").asLong()).isEqualTo(1);
            assertThat(status.at("/farms/status/ok").asLong()).isEqualTo(1);
            assertThat(status.at("/frontends/total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aChangeReachesTrafficOnlyWhenARefreshAppliesItAndItsTaskIsDone() throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("ovh-staged");
            String service = service(lb);
            String farm = service + "/http/farm/" + post(lbs, service + "/http/farm", "{\"zone\":\"all\",\"port\":"
                    + servers.port() + "}").get("farmId").asLong();
            long first = post(lbs, farm + "/server", "{\"address\":\"" + servers.ip(1) + "\",\"status\":\"active\"}")
                    .get("serverId").asLong();
            post(lbs, service + "/http/frontend", "{\"zone\":\"all\",\"port\":\"" + ServedLbs.PORT
                    + "\",\"defaultFarmId\":" + farm.substring(farm.lastIndexOf('/') + 1) + "}");
            assertThat(get(lbs, service + "/pendingChanges")).hasSize(1);
            refresh(lbs, service);
            awaitBody(lb, ServedLbs.PORT, servers.ip(1));
            assertThat(get(lbs, service + "/pendingChanges")).as("nothing left to apply").isEmpty();

            put(lbs, farm + "/server/" + first, "{\"status\":\"inactive\"}");
            post(lbs, farm + "/server", "{\"address\":\"" + servers.ip(2) + "\",\"status\":\"active\"}");

            JsonNode pending = get(lbs, service + "/pendingChanges");
            assertThat(pending.get(0).get("zone").asText()).isEqualTo(DataPlaneAgent.ZONE);
            assertThat(pending.get(0).get("number").asLong()).isPositive();
            assertThat(servedBy(lb, ServedLbs.PORT, 10)).as("staged, not applied").containsOnlyKeys(servers.ip(1));

            JsonNode task = refresh(lbs, service);

            assertThat(servedBy(lb, ServedLbs.PORT, 10)).as("applied once its task is done")
                    .containsOnlyKeys(servers.ip(2));
            assertThat(task.get("action").asText()).isEqualTo("refreshIplb");
            assertThat(task.get("progress").asLong()).isEqualTo(100);
            assertThat(task.get("zones")).extracting(JsonNode::asText).containsExactly(DataPlaneAgent.ZONE);
            assertThat(task.get("doneDate").isNull()).isFalse();
            assertThat(get(lbs, service + "/task?action=refreshIplb&status=done"))
                    .extracting(JsonNode::asLong).contains(task.get("id").asLong());
            assertThat(get(lbs, service + "/task?status=todo")).isEmpty();
        }
    }

    @Test
    void routesSendAHostToItsFarmAndRejectAPathBeforeAnyFarmOnceRefreshed() throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("ovh-routes");
            String service = service(lb);
            long[] farms = new long[2];
            for (int i = 0; i < 2; i++) {
                farms[i] = post(lbs, service + "/http/farm", "{\"zone\":\"all\",\"port\":" + servers.port() + "}")
                        .get("farmId").asLong();
                post(lbs, service + "/http/farm/" + farms[i] + "/server", "{\"address\":\"" + servers.ip(i + 1)
                        + "\",\"status\":\"active\"}");
            }
            long frontend = post(lbs, service + "/http/frontend", "{\"zone\":\"all\",\"port\":\"" + ServedLbs.PORT
                    + "\",\"defaultFarmId\":" + farms[0] + "}").get("frontendId").asLong();
            long toB = post(lbs, service + "/http/route", "{\"action\":{\"type\":\"farm\",\"target\":\""
                    + farms[1] + "\"},\"frontendId\":" + frontend + "}").get("routeId").asLong();
            post(lbs, service + "/http/route/" + toB + "/rule", "{\"field\":\"host\",\"match\":\"is\","
                    + "\"pattern\":\"b.example\"}");
            // Created after the farm route and heavier: rejects are still evaluated first.
            long reject = post(lbs, service + "/http/route", "{\"action\":{\"type\":\"reject\"},\"frontendId\":"
                    + frontend + ",\"weight\":9}").get("routeId").asLong();
            post(lbs, service + "/http/route/" + reject + "/rule", "{\"field\":\"uri\",\"match\":\"startswith\","
                    + "\"pattern\":\"/private\"}");
            refresh(lbs, service);
            ServedLbs.awaitAnswer(lb, "/", Map.of());

            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/").body()).as("the default farm")
                    .isEqualTo(servers.ip(1));
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/", Map.of("Host", "B.example:80")).body())
                    .as("any case, any port").isEqualTo(servers.ip(2));
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/", Map.of("Host", "a.example")).body())
                    .isEqualTo(servers.ip(1));
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/private/x", Map.of("Host", "b.example")).status())
                    .as("reject before any farm").isEqualTo(403);
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/public", Map.of("Host", "b.example")).body())
                    .isEqualTo(servers.ip(2));
        }
    }

    @Test
    void aUdpFarmBalancesRealDatagramsFromItsUdpFrontendOnNginx() throws Exception {
        ServedLbs lbs = new ServedLbs(api, system.tenants().create());
        try (UdpServers servers = UdpServers.start(2)) {
            ServedLbs.Lb lb = lbs.create("ovh-udp");
            String service = service(lb);
            long farmId = post(lbs, service + "/udp/farm", "{\"zone\":\"all\",\"port\":" + servers.port(1) + "}")
                    .get("farmId").asLong();
            String farm = service + "/udp/farm/" + farmId;
            post(lbs, farm + "/server", "{\"address\":\"127.0.0.1\",\"status\":\"active\"}");
            post(lbs, farm + "/server", "{\"address\":\"127.0.0.1\",\"port\":" + servers.port(2)
                    + ",\"status\":\"active\"}");
            post(lbs, service + "/udp/frontend", "{\"zone\":\"all\",\"port\":\"5353\",\"defaultFarmId\":" + farmId
                    + "}");
            post(lbs, service + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"5353\"}");
            refresh(lbs, service);

            // UDP may lose a datagram on a loaded machine: what matters is who answers.
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                UdpServers.ask(new InetSocketAddress(lb.ip(), 5353), 2000).ifPresent(answers::add);
            }
            assertThat(answers).as("new clients in turn, TCP 5353 beside it").containsOnly("u1", "u2")
                    .contains("u1", "u2");
            assertThat(api.post(lbs.token(), farm + "/server", "{\"address\":\"127.0.0.1\",\"status\":\"active\","
                    + "\"weight\":2}").status()).as("no weights in OVH's UDP model").isEqualTo(400);
        }
    }

    @Test
    void aRefreshNoDataPlaneFinishesEndsInErrorAtTheDeadlineSayingWhy() throws Exception {
        Tenant tenant = system.tenants().create();
        ServedLbs lbs = new ServedLbs(api, tenant);
        String zone = "/lb/v1/zones/" + SystemUnderTest.UNSERVED_ZONE;
        Api.Response created = api.post(tenant.writerToken(), zone + "/lbs", "{\"name\":\"ovh-abandoned\","
                + "\"description\":\"\",\"type\":\"LB-S\",\"project_id\":\"" + tenant.project() + "\"}");
        String lbId = created.json().get("id").asText();
        new DataPlaneReports(system).agentRuns(lbId);
        String service = "/1.0/ipLoadbalancing/loadbalancer-" + lbId.replace("-", "");

        long task = post(lbs, service + "/refresh", null).get("id").asLong();

        assertThat(get(lbs, service + "/task/" + task).get("status").asText()).isEqualTo("todo");
        await("error").atMost(Duration.ofSeconds(30))
                .until(() -> get(lbs, service + "/task/" + task).get("status").asText().equals("error"));
        assertThat(api.get(tenant.readerToken(), zone + "/lbs/" + lbId + "/events").body())
                .contains("no data plane applied this configuration within 10 s");
    }

    /** Applies what is staged, as Terraform does: refresh, then poll the task until it is done; answers the task. */
    private static JsonNode refresh(ServedLbs lbs, String service) {
        long task = post(lbs, service + "/refresh", null).get("id").asLong();
        return await("task " + task + " done").atMost(Duration.ofSeconds(20))
                .until(() -> get(lbs, service + "/task/" + task), found -> found.get("status").asText().equals("done"));
    }

    private static JsonNode get(ServedLbs lbs, String path) {
        Api.Response response = api.get(lbs.token(), path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
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
