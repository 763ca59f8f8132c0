package io.lbaas.it.ovh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestCertificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OVH's own Node client managing the farms, servers, frontends and SSL certificates of an IP Load Balancing service:
 * OVH's models, integer ids, bare arrays of ids with OVH's filters, PUT of the whole model (read-only properties
 * ignored), 200 with null for void, and typed errors in OVH's shape.
 */
class OvhFarmsIT {

    private static final String RULES = "GET:/ipLoadbalancing/*,POST:/ipLoadbalancing/*,PUT:/ipLoadbalancing/*,"
            + "DELETE:/ipLoadbalancing/*";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        OvhClient.install();
        system = SystemUnderTest.get();
        api = system.api();
    }

    /** A tenant with one LB and OVH's client signed in for it. */
    private record Service(Tenant tenant, String lbId, String path, OvhClient client) {

        JsonNode ok(String... arguments) {
            JsonNode answer = client.run(arguments);
            assertThat(answer.get("ok").asBoolean()).as(String.join(" ", arguments) + " → " + answer).isTrue();
            return answer.get("result");
        }

        /** The failure's HTTP status, after checking OVH's message came along. */
        int fails(String... arguments) {
            JsonNode answer = client.run(arguments);
            assertThat(answer.get("ok").asBoolean()).as(String.join(" ", arguments) + " → " + answer).isFalse();
            assertThat(answer.get("message").asText()).as(answer.toString()).isNotBlank();
            return answer.get("error").asInt();
        }

        String message(String... arguments) {
            return client.run(arguments).get("message").asText();
        }
    }

    private static Service service(String name) {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), name);
        JsonNode application = OvhAccess.register(api, tenant);
        OvhClient client = OvhClient.of(system.apiProcess().url(), application.get("application_key").asText(),
                application.get("application_secret").asText());
        client = client.consumerKey(OvhAccess.validatedConsumerKey(client, tenant, RULES));
        return new Service(tenant, lb, "/ipLoadbalancing/loadbalancer-" + lb.replace("-", ""), client);
    }

    @Test
    void httpFarmsServersAndFrontendsGoThroughCreateListGetUpdateAndDelete() {
        Service service = service("ovh-http");
        String farms = service.path() + "/http/farm";

        JsonNode farm = service.ok("post", farms, "{\"zone\":\"all\",\"port\":8080,\"balance\":\"leastconn\","
                + "\"stickiness\":\"cookie\",\"displayName\":\"web\",\"probe\":{\"type\":\"http\",\"url\":\"/health\","
                + "\"method\":\"GET\",\"match\":\"status\",\"pattern\":\"200\",\"interval\":30}}");
        long farmId = farm.get("farmId").asLong();
        JsonNode second = service.ok("post", farms, "{\"zone\":\"ALL\"}");

        assertThat(farm.get("zone").asText()).isEqualTo("all");
        assertThat(farm.get("balance").asText()).isEqualTo("leastconn");
        assertThat(farm.get("probe").get("pattern").asText()).isEqualTo("200");
        assertThat(farm.get("probe").get("negate").isNull()).as("nullable sent as null").isTrue();
        assertThat(farm.has("vrackNetworkId")).isTrue();
        assertThat(second.get("farmId").asLong()).isEqualTo(farmId + 1);
        assertThat(second.get("balance").isNull()).as("OVH answers null for roundrobin").isTrue();
        assertThat(second.get("zone").asText()).as("kept as written").isEqualTo("ALL");
        assertThat(ids(service.ok("get", farms))).containsExactly(farmId, farmId + 1);
        assertThat(ids(service.ok("get", farms, "{\"zone\":\"all\"}"))).containsExactly(farmId, farmId + 1);
        assertThat(ids(service.ok("get", farms, "{\"zone\":\"gra\"}"))).isEmpty();
        assertThat(service.ok("get", farms + "/" + farmId)).isEqualTo(farm);
        assertThat(service.ok("get", service.path() + "/tcp/farm")).isEmpty();

        JsonNode updated = service.ok("put", farms + "/" + farmId, "{\"farmId\":999,\"zone\":\"other, ignored\","
                + "\"port\":8081,\"balance\":\"uri\",\"stickiness\":null,\"probe\":null,\"displayName\":\"web2\","
                + "\"vrackNetworkId\":null}");
        JsonNode reread = service.ok("get", farms + "/" + farmId);
        assertThat(updated.isNull()).isTrue();
        assertThat(reread.get("farmId").asLong()).isEqualTo(farmId);
        assertThat(reread.get("zone").asText()).isEqualTo("all");
        assertThat(reread.get("port").asInt()).isEqualTo(8081);
        assertThat(reread.get("balance").asText()).isEqualTo("uri");
        assertThat(reread.get("probe").isNull()).isTrue();

        String servers = farms + "/" + farmId + "/server";
        JsonNode server = service.ok("post", servers, "{\"address\":\"10.1.0.1\",\"status\":\"active\",\"port\":9000,"
                + "\"weight\":3,\"cookie\":\"a1\",\"probe\":true,\"proxyProtocolVersion\":\"v2\"}");
        long serverId = server.get("serverId").asLong();
        JsonNode backup = service.ok("post", servers, "{\"address\":\"10.1.0.2\",\"status\":\"inactive\","
                + "\"backup\":true}");
        assertThat(server.get("backendId").asLong()).isEqualTo(farmId);
        assertThat(server.get("weight").asInt()).isEqualTo(3);
        assertThat(server.get("cookie").asText()).isEqualTo("a1");
        assertThat(server.get("serverState")).isEmpty();
        assertThat(backup.get("weight").isNull()).isTrue();
        assertThat(backup.get("backup").asBoolean()).isTrue();
        assertThat(backup.get("probe").asBoolean()).isFalse();
        assertThat(ids(service.ok("get", servers))).containsExactly(serverId, serverId + 1);
        assertThat(ids(service.ok("get", servers, "{\"status\":\"inactive\"}"))).containsExactly(serverId + 1);
        assertThat(ids(service.ok("get", servers, "{\"address\":\"10.1.0.1\"}"))).containsExactly(serverId);
        assertThat(ids(service.ok("get", servers, "{\"cookie\":\"a\"}"))).containsExactly(serverId);
        assertThat(service.ok("put", servers + "/" + serverId, "{\"address\":\"10.9.9.9\",\"serverId\":5,"
                + "\"backendId\":5,\"serverState\":[],\"status\":\"inactive\",\"weight\":0,\"port\":null}").isNull())
                .isTrue();
        JsonNode changed = service.ok("get", servers + "/" + serverId);
        assertThat(changed.get("address").asText()).as("read-only").isEqualTo("10.1.0.1");
        assertThat(changed.get("status").asText()).isEqualTo("inactive");
        assertThat(changed.get("weight").asInt()).isZero();
        assertThat(changed.get("port").isNull()).isTrue();

        String frontends = service.path() + "/http/frontend";
        JsonNode frontend = service.ok("post", frontends, "{\"zone\":\"all\",\"port\":\"80,8000-8010\","
                + "\"defaultFarmId\":" + farmId + ",\"deniedSource\":[\"203.0.113.0/24\"],"
                + "\"httpHeader\":[\"X-Client-Port %cp\"],\"displayName\":\"front\"}");
        long frontendId = frontend.get("frontendId").asLong();
        assertThat(frontend.get("port").asText()).isEqualTo("80,8000-8010");
        assertThat(frontend.get("defaultFarmId").asLong()).isEqualTo(farmId);
        assertThat(frontend.get("hsts").asBoolean()).isFalse();
        assertThat(frontend.get("httpHeader").get(0).asText()).isEqualTo("X-Client-Port %cp");
        assertThat(frontend.get("allowedSource").isNull()).isTrue();
        assertThat(ids(service.ok("get", frontends, "{\"port\":\"8000\"}"))).containsExactly(frontendId);
        assertThat(ids(service.ok("get", frontends, "{\"defaultFarmId\":" + farmId + "}")))
                .containsExactly(frontendId);
        assertThat(ids(service.ok("get", frontends, "{\"defaultFarmId\":" + (farmId + 1) + "}"))).isEmpty();
        assertThat(service.ok("put", frontends + "/" + frontendId, "{\"frontendId\":1,\"zone\":\"all\","
                + "\"port\":\"81\",\"defaultFarmId\":" + (farmId + 1) + ",\"disabled\":true,\"vrackNetworkId\":null}")
                .isNull()).isTrue();
        JsonNode moved = service.ok("get", frontends + "/" + frontendId);
        assertThat(moved.get("port").asText()).isEqualTo("81");
        assertThat(moved.get("defaultFarmId").asLong()).isEqualTo(farmId + 1);
        assertThat(moved.get("disabled").asBoolean()).isTrue();
        assertThat(moved.get("deniedSource").isNull()).as("PUT replaces the whole model").isTrue();

        assertThat(service.fails("delete", farms + "/" + (farmId + 1))).as("a frontend's default farm")
                .isEqualTo(400);
        assertThat(service.ok("delete", servers + "/" + serverId).isNull()).isTrue();
        assertThat(service.fails("get", servers + "/" + serverId)).isEqualTo(404);
        assertThat(service.ok("delete", frontends + "/" + frontendId).isNull()).isTrue();
        assertThat(service.ok("delete", farms + "/" + (farmId + 1)).isNull()).isTrue();
        assertThat(service.ok("delete", farms + "/" + farmId).isNull()).isTrue();
        assertThat(service.ok("get", farms)).isEmpty();
        assertThat(service.ok("get", frontends)).isEmpty();
        assertThat(service.fails("get", servers)).as("the farm went, with its servers").isEqualTo(404);
        JsonNode next = service.ok("post", farms, "{\"zone\":\"all\"}");
        assertThat(next.get("farmId").asLong()).as("ids are never reused").isEqualTo(farmId + 2);
    }

    @Test
    void tcpObjectsHaveTcpModelsAndPairOnlyWithTcp() {
        Service service = service("ovh-tcp");
        long httpFarm = service.ok("post", service.path() + "/http/farm", "{\"zone\":\"all\"}").get("farmId").asLong();
        JsonNode farm = service.ok("post", service.path() + "/tcp/farm", "{\"zone\":\"all\",\"port\":5432,"
                + "\"balance\":\"source\",\"stickiness\":\"sourceIp\",\"probe\":{\"type\":\"pgsql\"}}");
        long farmId = farm.get("farmId").asLong();
        JsonNode server = service.ok("post", service.path() + "/tcp/farm/" + farmId + "/server",
                "{\"address\":\"10.2.0.1\",\"status\":\"active\",\"cookie\":\"ignored on tcp\"}");
        JsonNode frontend = service.ok("post", service.path() + "/tcp/frontend", "{\"zone\":\"all\","
                + "\"port\":\"5432\",\"defaultFarmId\":" + farmId + ",\"allowedSource\":[\"10.0.0.0/8\"],"
                + "\"dedicatedIpfo\":[\"192.0.2.1\"]}");

        assertThat(server.has("cookie")).as("BackendTCPServer has no cookie").isFalse();
        assertThat(frontend.has("hsts")).as("FrontendTcp has no hsts").isFalse();
        assertThat(frontend.get("allowedSource").get(0).asText()).isEqualTo("10.0.0.0/8");
        assertThat(service.fails("get", service.path() + "/http/farm/" + farmId)).as("not an http farm")
                .isEqualTo(404);
        assertThat(service.fails("post", service.path() + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"6000\","
                + "\"defaultFarmId\":" + httpFarm + "}")).as("an http farm behind a tcp frontend").isEqualTo(400);
        assertThat(service.fails("post", service.path() + "/http/frontend", "{\"zone\":\"all\",\"port\":\"5432\"}"))
                .as("a port of the service serves one frontend").isEqualTo(409);
        assertThat(service.fails("post", service.path() + "/tcp/farm", "{\"zone\":\"all\",\"balance\":\"uri\"}"))
                .as("uri is http only").isEqualTo(400);
    }

    @Test
    void aPortServesOneFrontendWhicheverDialectMadeItAndScalewayListsOnlyItsOwnObjects() {
        Service service = service("ovh-and-scaleway");
        String token = service.tenant().writerToken();
        String lbPath = Api.REGION + "/lbs/" + service.lbId();
        String backend = api.post(token, lbPath + "/backends", "{\"name\":\"b\",\"forward_port\":80}").json()
                .get("id").asText();
        assertThat(api.post(token, lbPath + "/frontends", "{\"inbound_port\":80,\"backend_id\":\"" + backend
                + "\"}").status()).isEqualTo(200);
        service.ok("post", service.path() + "/tcp/farm", "{\"zone\":\"all\"}");
        service.ok("post", service.path() + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"8000-8010\"}");

        assertThat(service.fails("post", service.path() + "/http/frontend", "{\"zone\":\"all\",\"port\":\"79-81\"}"))
                .isEqualTo(409);
        Api.Response scaleway = api.post(token, lbPath + "/frontends", "{\"inbound_port\":8005,\"backend_id\":\""
                + backend + "\"}");
        assertThat(scaleway.status()).as(scaleway.body()).isEqualTo(409);
        assertThat(scaleway.json().get("type").asText()).isEqualTo("already_exists");
        assertThat(api.get(token, lbPath + "/backends").json().get("total_count").asInt()).isEqualTo(1);
        assertThat(api.get(token, lbPath + "/frontends").json().get("total_count").asInt()).isEqualTo(1);

        JsonNode history = api.get(token, lbPath + "/events?page_size=100").json();
        assertThat(history.toString()).contains("OvhFarmCreated", "OvhFrontendCreated");
        assertThat(api.delete(token, lbPath).status()).as("the LB goes with both dialects' children")
                .isBetween(200, 299);
        JsonNode farmsAfter = service.client().run("get", service.path() + "/tcp/farm");
        assertThat(farmsAfter.get("ok").asBoolean() ? farmsAfter.get("result").size() : farmsAfter.get("error").asInt())
                .as("its farms went with it (and the service too, once the data plane removed the LB)")
                .isIn(0, 404);
    }

    @Test
    void farmsCountAgainstTheOffersBackendsOnCreationAndOnMigration() {
        Service service = service("ovh-offer");
        String token = service.tenant().writerToken();
        String farms = "/1.0" + service.path() + "/tcp/farm";
        String lbPath = Api.REGION + "/lbs/" + service.lbId();
        assertThat(api.post(token, lbPath + "/backends", "{\"name\":\"scaleway\",\"forward_port\":80}").status())
                .isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            assertThat(api.post(token, farms, "{\"zone\":\"all\"}").status()).isEqualTo(200);
        }

        Api.Response eleventh = api.post(token, farms, "{\"zone\":\"all\"}");
        assertThat(eleventh.status()).as(eleventh.body()).isEqualTo(403);
        assertThat(eleventh.json().get("class").asText()).isEqualTo("Client::Forbidden");
        assertThat(api.post(token, lbPath + "/backends", "{\"forward_port\":81}").status())
                .as("Scaleway's limit counts the farms").isEqualTo(403);

        assertThat(api.post(token, lbPath + "/migrate", "{\"type\":\"LB-GP-M\"}").status()).isEqualTo(200);
        assertThat(api.post(token, farms, "{\"zone\":\"all\"}").status()).isEqualTo(200);
        Api.Response smaller = api.post(token, lbPath + "/migrate", "{\"type\":\"LB-S\"}");
        assertThat(smaller.status()).as(smaller.body()).isEqualTo(403);
        assertThat(smaller.json().get("details").get(0).get("resource").asText()).isEqualTo("lb_backends");
    }

    @Test
    void concurrentCreationsGetDistinctIdsAndOnlyOneFrontendGetsAPort() throws Exception {
        Service service = service("ovh-concurrent");
        String token = service.tenant().writerToken();
        String farms = "/1.0" + service.path() + "/http/farm";
        long farm = api.post(token, farms, "{\"zone\":\"all\"}").json().get("farmId").asLong();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Response>> servers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String body = "{\"address\":\"10.3.0." + (i + 1) + "\",\"status\":\"active\"}";
                servers.add(threads.submit(() -> api.post(token, farms + "/" + farm + "/server", body)));
            }
            List<Future<Api.Response>> frontends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                frontends.add(threads.submit(() -> api.post(token, "/1.0" + service.path() + "/http/frontend",
                        "{\"zone\":\"all\",\"port\":\"443\"}")));
            }
            List<Long> serverIds = new ArrayList<>();
            for (Future<Api.Response> server : servers) {
                assertThat(server.get().status()).as(server.get().body()).isEqualTo(200);
                serverIds.add(server.get().json().get("serverId").asLong());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> frontend : frontends) {
                statuses.add(frontend.get().status());
            }

            assertThat(serverIds).doesNotHaveDuplicates().hasSize(30);
            assertThat(ids(service.ok("get", service.path() + "/http/farm/" + farm + "/server")))
                    .containsExactlyInAnyOrderElementsOf(serverIds);
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void badInputIsOvhsBadRequestAndLeavesNothingBehind() {
        Service service = service("ovh-bad");
        String farms = service.path() + "/http/farm";
        long farmId = service.ok("post", farms, "{\"zone\":\"all\"}").get("farmId").asLong();
        String frontends = service.path() + "/http/frontend";
        List<String> badFarms = List.of("{}", "{\"zone\":\"mars\"}", "{\"zone\":\"all\",\"port\":0}",
                "{\"zone\":\"all\",\"port\":49152}", "{\"zone\":\"all\",\"port\":\"80\"}",
                "{\"zone\":\"all\",\"balance\":\"random\"}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"icmp\"}}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"internal\"}}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"tcp\",\"negate\":true}}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"tcp\",\"match\":\"status\",\"pattern\":\"200\"}}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"http\",\"interval\":5}}",
                "{\"zone\":\"all\",\"probe\":{\"type\":\"http\",\"match\":\"matches\",\"pattern\":\"(\"}}",
                "{\"zone\":\"all\",\"vrackNetworkId\":3}");
        List<String> badFrontends = List.of("{\"zone\":\"all\"}", "{\"zone\":\"all\",\"port\":\"0\"}",
                "{\"zone\":\"all\",\"port\":\"49152\"}", "{\"zone\":\"all\",\"port\":\"90-80\"}",
                "{\"zone\":\"all\",\"port\":\"80;81\"}", "{\"zone\":\"all\",\"port\":80}",
                "{\"zone\":\"all\",\"port\":\"80\",\"allowedSource\":[\"10.0.0.0/33\"]}",
                "{\"zone\":\"all\",\"port\":\"80\",\"deniedSource\":[\"not an address\"]}",
                "{\"zone\":\"all\",\"port\":\"80\",\"allowedSource\":[\"10.0.0.0/8\"],"
                        + "\"deniedSource\":[\"10.1.0.0/16\"]}",
                "{\"zone\":\"all\",\"port\":\"80\",\"defaultFarmId\":424242}",
                "{\"zone\":\"all\",\"port\":\"80\",\"httpHeader\":[\"no-value\"]}",
                "{\"zone\":\"all\",\"port\":\"80\",\"redirectLocation\":\"javascript:alert(1)\"}");
        List<Integer> statuses = new ArrayList<>();

        for (String body : badFarms) {
            statuses.add(service.fails("post", farms, body));
        }
        for (String body : badFrontends) {
            statuses.add(service.fails("post", frontends, body));
        }
        statuses.add(service.fails("post", farms + "/" + farmId + "/server", "{\"address\":\"10.0.0.300\","
                + "\"status\":\"active\"}"));
        statuses.add(service.fails("post", farms + "/" + farmId + "/server", "{\"address\":\"10.0.0.3\","
                + "\"status\":\"enabled\"}"));
        statuses.add(service.fails("post", farms + "/" + farmId + "/server", "{\"address\":\"10.0.0.3\","
                + "\"status\":\"active\",\"weight\":257}"));

        JsonNode before = service.ok("get", farms + "/" + farmId);
        for (String body : List.of("{\"balance\":\"random\"}", "{\"port\":65535}",
                "{\"probe\":{\"type\":\"tcp\",\"negate\":true,\"match\":\"default\"}}")) {
            statuses.add(service.fails("put", farms + "/" + farmId, body));
        }
        String token = service.tenant().writerToken();
        for (String body : List.of("[]", "\"all\"", "{\"zone\":\"all\",\"port\":\"8080\"}",
                "{\"zone\":\"all\",\"port\":80.5}", "{\"zone\":\"all\",\"probe\":[]}", "{\"zone\":")) {
            Api.Response answer = api.post(token, "/1.0" + farms, body);
            statuses.add(answer.status());
            assertThat(answer.json().get("class").asText()).as(body + " → " + answer.body())
                    .isEqualTo("Client::BadRequest");
        }

        assertThat(statuses).containsOnly(400);
        assertThat(service.ok("get", farms + "/" + farmId)).as("a refused PUT changes nothing").isEqualTo(before);
        assertThat(service.message("post", farms, "{\"zone\":\"all\",\"probe\":{\"type\":\"tcp\",\"negate\":true}}"))
                .isEqualTo("A probe can not negate without a match");
        assertThat(ids(service.ok("get", farms))).containsExactly(farmId);
        assertThat(service.ok("get", frontends)).isEmpty();
        assertThat(service.ok("get", farms + "/" + farmId + "/server")).isEmpty();
        assertThat(service.fails("get", farms + "/" + (farmId + 100))).isEqualTo(404);
        assertThat(service.fails("get", service.path() + "/sctp/farm")).as("no such protocol").isEqualTo(404);
        assertThat(service.fails("post", service.path() + "/udp/farm", "{\"zone\":\"all\"}"))
                .as("a udp farm needs its port").isEqualTo(400);
        assertThat(service.fails("post", service.path() + "/udp/farm", "{\"zone\":\"all\",\"port\":53,"
                + "\"balance\":\"roundrobin\"}")).as("no balance in OVH's UDP model").isEqualTo(400);
        assertThat(ids(service.ok("get", service.path() + "/udp/farm"))).as("nothing left behind").isEmpty();
    }

    @Test
    void anotherTenantsServiceAndItsFarmsDoNotExist() {
        Service mine = service("ovh-mine");
        Service theirs = service("ovh-theirs");
        long farmId = theirs.ok("post", theirs.path() + "/http/farm", "{\"zone\":\"all\"}").get("farmId").asLong();

        for (String[] call : new String[][] {{"get", theirs.path() + "/http/farm"},
                {"get", theirs.path() + "/http/farm/" + farmId},
                {"post", theirs.path() + "/http/farm", "{\"zone\":\"all\"}"},
                {"put", theirs.path() + "/http/farm/" + farmId, "{\"balance\":\"first\"}"},
                {"delete", theirs.path() + "/http/farm/" + farmId},
                {"post", theirs.path() + "/http/farm/" + farmId + "/server", "{\"address\":\"10.0.0.1\","
                        + "\"status\":\"active\"}"},
                {"get", theirs.path() + "/tcp/frontend"}}) {
            JsonNode answer = mine.client().run(call);
            assertThat(answer.get("error").asInt()).as(String.join(" ", call) + " → " + answer).isEqualTo(404);
            assertThat(answer.get("message").asText()).isEqualTo("This service does not exist");
        }
        assertThat(ids(theirs.ok("get", theirs.path() + "/http/farm"))).containsExactly(farmId);
        assertThat(theirs.ok("get", theirs.path() + "/http/farm/" + farmId).get("balance").isNull()).isTrue();
    }

    @Test
    void refreshMakesATaskThatOvhsClientFindsDoneAndEmptiesThePendingChanges() {
        Service service = service("ovh-refresh");
        String farms = service.path() + "/tcp/farm";
        service.ok("post", farms, "{\"zone\":\"all\",\"port\":5432}");
        service.ok("post", farms, "{\"zone\":\"all\",\"port\":5433}");

        JsonNode pending = service.ok("get", service.path() + "/pendingChanges");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("zone").asText()).isEqualTo("fr-par-1");
        assertThat(pending.get(0).get("number").asLong()).isEqualTo(2);

        // As Terraform and the Node client do it: no body at all.
        JsonNode task = service.ok("post", service.path() + "/refresh");
        long id = task.get("id").asLong();

        assertThat(task.get("action").asText()).isEqualTo("refreshIplb");
        assertThat(task.get("zones")).extracting(JsonNode::asText).containsExactly("fr-par-1");
        assertThat(task.get("creationDate").asText()).isNotBlank();
        assertThat(service.ok("get", service.path() + "/task/" + id).get("status").asText())
                .as("no data plane runs fr-par-1 here: nothing to apply, done at once").isEqualTo("done");
        assertThat(service.ok("get", service.path() + "/pendingChanges")).isEmpty();
        assertThat(ids(service.ok("get", service.path() + "/task", "{\"action\":\"refreshIplb\",\"status\":\"done\"}")))
                .containsExactly(id);
        assertThat(ids(service.ok("get", service.path() + "/task", "{\"status\":\"todo\"}"))).isEmpty();
        assertThat(ids(service.ok("get", service.path() + "/task", "{\"creationDate.from\":\"2999-01-01T00:00:00+00:00\"}")))
                .isEmpty();

        JsonNode zoned = service.ok("post", service.path() + "/refresh", "{\"zone\":\"fr-par-1\"}");
        assertThat(zoned.get("id").asLong()).as("numbered per service").isEqualTo(id + 1);
        assertThat(service.fails("post", service.path() + "/refresh", "{\"zone\":\"gra\"}")).isEqualTo(400);
        assertThat(service.fails("get", service.path() + "/task", "{\"status\":\"finished\"}")).isEqualTo(400);
        assertThat(service.fails("get", service.path() + "/task/" + (id + 100))).isEqualTo(404);
    }

    @Test
    void lookUpsListEveryObjectOfEveryProtocolAndOperationsNotOfferedAre501() {
        Service service = service("ovh-lookups");
        long http = service.ok("post", service.path() + "/http/farm", "{\"zone\":\"all\"}").get("farmId").asLong();
        long udp = service.ok("post", service.path() + "/udp/farm", "{\"zone\":\"all\",\"port\":53}")
                .get("farmId").asLong();
        long tcp = service.ok("post", service.path() + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"5432\"}")
                .get("frontendId").asLong();
        JsonNode udpServer = service.ok("post", service.path() + "/udp/farm/" + udp + "/server",
                "{\"address\":\"10.0.0.9\",\"status\":\"active\"}");

        assertThat(names(service.ok("get", service.path() + "/udp/farm/" + udp))).as("OVH's BackendUdp")
                .containsExactlyInAnyOrder("displayName", "farmId", "port", "vrackNetworkId", "zone");
        assertThat(names(udpServer)).as("OVH's BackendUDPServer")
                .containsExactlyInAnyOrder("address", "backendId", "displayName", "port", "serverId", "status");

        assertThat(service.ok("get", service.path() + "/definedFarms").toString())
                .isEqualTo("[{\"type\":\"http\",\"id\":" + http + "},{\"type\":\"udp\",\"id\":" + udp + "}]");
        assertThat(service.ok("get", service.path() + "/definedFrontends").toString())
                .isEqualTo("[{\"type\":\"tcp\",\"id\":" + tcp + "}]");
        assertThat(service.ok("get", service.path() + "/availableFarmType")).extracting(JsonNode::asText)
                .containsExactly("http", "tcp", "udp");
        assertThat(service.ok("get", service.path() + "/natIp")).isEmpty();
        JsonNode probes = service.ok("get", service.path() + "/availableFarmProbes");
        assertThat(probes).extracting(probe -> probe.get("type").asText())
                .containsExactly("http", "mysql", "oco", "pgsql", "smtp", "tcp");
        assertThat(probes.get(0).get("method")).extracting(JsonNode::asText).containsExactly("GET", "HEAD", "OPTIONS");
        assertThat(probes.get(0).get("negatableMatches")).extracting(JsonNode::asText)
                .containsExactly("contains", "matches", "status");
        assertThat(probes.get(2).get("port").asBoolean()).as("oco answers on port 79 only").isFalse();
        assertThat(service.ok("get", service.path() + "/definedRoutes")).isEmpty();

        assertThat(service.fails("get", service.path() + "/serviceInfos")).isEqualTo(501);
        assertThat(service.fails("post", service.path() + "/vrack/network", "{\"displayName\":\"r\"}"))
                .isEqualTo(501);
        assertThat(service.message("get", service.path() + "/quota")).contains("not offered");
        assertThat(service("ovh-lookups-other").fails("get", service.path() + "/serviceInfos"))
                .as("another tenant's service does not exist").isEqualTo(404);
    }

    @Test
    void sslCertificatesAreReadForRealRenamedOnlyAndKeptWhileAFrontendDeciphersWithThem() {
        Service service = service("ovh-ssl");
        String certificates = service.path() + "/ssl";
        String frontends = service.path() + "/http/frontend";
        assertThat(service.fails("post", frontends, "{\"zone\":\"all\",\"port\":\"443\",\"ssl\":true}"))
                .as("nothing to decipher with yet").isEqualTo(400);
        TestCertificates.Issued authority = TestCertificates.authority("OVH test CA");
        TestCertificates.Issued shop = TestCertificates.leaf(authority, "shop.example",
                List.of("shop.example", "www.shop.example"));
        TestCertificates.Issued blog = TestCertificates.leaf(authority, "blog.example", List.of("blog.example"));

        JsonNode first = service.ok("post", certificates, ssl(shop.pem(), shop.keyPem(), authority.pem(), "shop"));
        long shopId = first.get("id").asLong();
        long blogId = service.ok("post", certificates, ssl(blog.pem(), blog.keyPem(), null, null)).get("id").asLong();

        assertThat(first.get("type").asText()).isEqualTo("custom");
        assertThat(first.get("subject").asText()).isEqualTo("CN=shop.example");
        assertThat(first.get("san")).extracting(JsonNode::asText).containsExactly("shop.example", "www.shop.example");
        assertThat(first.get("fingerprint").asText()).as("as Terraform computes it").isEqualTo(
                String.join(":", shop.fingerprint().toUpperCase().split("(?<=\\G..)")));
        assertThat(first.get("serial").asText()).isEqualTo(shop.certificate().getSerialNumber().toString(16));
        assertThat(first.get("expireDate").asText()).isNotBlank();
        assertThat(first.has("certificate") || first.has("key") || first.has("chain")).as("write-only").isFalse();
        assertThat(blogId).isEqualTo(shopId + 1);
        assertThat(ids(service.ok("get", certificates))).containsExactly(shopId, blogId);
        assertThat(ids(service.ok("get", certificates, "{\"fingerprint\":\""
                + first.get("fingerprint").asText().substring(3, 14) + "\"}"))).containsExactly(shopId);
        assertThat(ids(service.ok("get", certificates, "{\"type\":\"built\"}"))).isEmpty();
        assertThat(ids(service.ok("get", certificates, "{\"expireDate\":\"2000-01-01T00:00:00+00:00\"}")))
                .as("none expires before 2000").isEmpty();

        assertThat(service.ok("put", certificates + "/" + shopId, "{\"displayName\":\"shop 2\",\"fingerprint\":"
                + "\"read-only, ignored\",\"id\":999}").isNull()).isTrue();
        JsonNode renamed = service.ok("get", certificates + "/" + shopId);
        assertThat(renamed.get("displayName").asText()).isEqualTo("shop 2");
        assertThat(renamed.get("fingerprint")).isEqualTo(first.get("fingerprint"));

        JsonNode https = service.ok("post", frontends, "{\"zone\":\"all\",\"port\":\"443\",\"ssl\":true,"
                + "\"defaultSslId\":" + blogId + "}");
        long httpsId = https.get("frontendId").asLong();
        assertThat(https.get("ssl").asBoolean()).isTrue();
        assertThat(https.get("defaultSslId").asLong()).isEqualTo(blogId);
        assertThat(ids(service.ok("get", frontends, "{\"defaultSslId\":" + blogId + "}"))).containsExactly(httpsId);
        assertThat(service.fails("delete", certificates + "/" + blogId)).as("its default one").isEqualTo(409);
        assertThat(service.ok("delete", certificates + "/" + shopId).isNull()).isTrue();
        service.ok("put", frontends + "/" + httpsId, "{\"zone\":\"all\",\"port\":\"443\",\"ssl\":true}");
        assertThat(service.fails("delete", certificates + "/" + blogId)).as("the last one").isEqualTo(409);
        assertThat(service.fails("get", certificates + "/" + shopId)).isEqualTo(404);
        assertThat(ids(service.ok("get", certificates))).containsExactly(blogId);
    }

    @Test
    void sslCertificatesThatCannotServeAreOvhsBadRequestAndLeaveNothingBehind() {
        Service service = service("ovh-ssl-bad");
        String certificates = service.path() + "/ssl";
        TestCertificates.Issued authority = TestCertificates.authority("OVH test CA");
        TestCertificates.Issued shop = TestCertificates.leaf(authority, "shop.example", List.of("shop.example"));
        TestCertificates.Issued other = TestCertificates.leaf(authority, "other.example", List.of("other.example"));
        TestCertificates.Issued expired = TestCertificates.leaf(authority, "old.example", List.of("old.example"),
                "EC", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));

        assertThat(service.fails("post", certificates, ssl(shop.pem(), null, null, null))).isEqualTo(400);
        assertThat(service.message("post", certificates, ssl(shop.pem(), other.keyPem(), null, null)))
                .contains("does not belong");
        assertThat(service.message("post", certificates, ssl(expired.pem(), expired.keyPem(), null, null)))
                .contains("expired");
        assertThat(service.fails("post", certificates, ssl("not a certificate", shop.keyPem(), null, null)))
                .isEqualTo(400);
        assertThat(service.fails("post", certificates, ssl(shop.pem(), shop.keyPem(), other.pem(), null)))
                .as("a chain that did not issue it").isEqualTo(400);
        assertThat(service.fails("post", service.path() + "/udp/frontend", "{\"zone\":\"all\",\"port\":\"53\","
                + "\"ssl\":true}")).isEqualTo(400);
        assertThat(service.fails("post", service.path() + "/tcp/frontend", "{\"zone\":\"all\",\"port\":\"443\","
                + "\"defaultSslId\":1}")).isEqualTo(400);
        String servers = service.path() + "/tcp/farm/" + service.ok("post", service.path() + "/tcp/farm",
                "{\"zone\":\"all\"}").get("farmId").asLong() + "/server";
        assertThat(service.message("post", servers, JsonNodeFactory.instance.objectNode().put("address", "10.0.0.1")
                .put("status", "active").put("ssl", true).put("chain", shop.keyPem()).toString()))
                .as("a chain to verify the server with has certificates only").contains("chain");
        assertThat(service.ok("get", certificates)).isEmpty();
        assertThat(service.ok("get", servers)).isEmpty();
        assertThat(service.ok("get", service.path() + "/pendingChanges").get(0).get("number").asLong())
                .as("nothing appended but the farm").isEqualTo(1);
    }

    /** {@code POST /ssl}'s body, as OVH's clients send it (PEM texts in JSON strings). */
    private static String ssl(String certificate, String key, String chain, String displayName) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("certificate", certificate);
        if (key != null) {
            body.put("key", key);
        }
        if (chain != null) {
            body.put("chain", chain);
        }
        if (displayName != null) {
            body.put("displayName", displayName);
        }
        return body.toString();
    }

    @Test
    void httpRoutesAndRulesGoThroughTheirLifeInEvaluationOrderAndBadInputIsOvhsBadRequest() throws Exception {
        Service service = service("ovh-routes");
        String path = service.path();
        long farmA = service.ok("post", path + "/http/farm", "{\"zone\":\"all\"}").get("farmId").asLong();
        long farmB = service.ok("post", path + "/http/farm", "{\"zone\":\"all\"}").get("farmId").asLong();
        long tcpFarm = service.ok("post", path + "/tcp/farm", "{\"zone\":\"all\"}").get("farmId").asLong();
        long front = service.ok("post", path + "/http/frontend", "{\"zone\":\"all\",\"port\":\"80\","
                + "\"defaultFarmId\":" + farmA + "}").get("frontendId").asLong();
        long other = service.ok("post", path + "/http/frontend", "{\"zone\":\"all\",\"port\":\"81\"}")
                .get("frontendId").asLong();
        String routes = path + "/http/route";

        JsonNode toFarm = service.ok("post", routes, "{\"action\":{\"type\":\"farm\",\"target\":\"" + farmB
                + "\"},\"displayName\":\"to b\",\"frontendId\":" + front + ",\"weight\":5}");
        long toFarmId = toFarm.get("routeId").asLong();
        JsonNode reject = service.ok("post", routes, "{\"action\":{\"type\":\"reject\"},\"frontendId\":" + front
                + "}");
        JsonNode redirect = service.ok("post", routes, "{\"action\":{\"type\":\"redirect\","
                + "\"target\":\"https://${host}${uri}\"},\"frontendId\":" + other + ",\"weight\":1}");
        long rejectId = reject.get("routeId").asLong();
        long redirectId = redirect.get("routeId").asLong();

        assertThat(toFarm.toString()).isEqualTo("{\"action\":{\"status\":null,\"target\":\"" + farmB
                + "\",\"type\":\"farm\"},\"displayName\":\"to b\",\"frontendId\":" + front + ",\"routeId\":"
                + toFarmId + ",\"rules\":[],\"status\":\"ok\",\"weight\":5}");
        assertThat(reject.get("action").get("status").asInt()).as("OVH's default").isEqualTo(403);
        assertThat(reject.get("weight").asInt()).as("0 if null").isZero();
        assertThat(redirect.get("action").get("status").asInt()).isEqualTo(302);
        assertThat(ids(service.ok("get", routes))).as("reject and redirect first, by weight, then farms")
                .containsExactly(rejectId, redirectId, toFarmId);
        assertThat(ids(service.ok("get", routes, "{\"frontendId\":" + front + "}")))
                .containsExactly(rejectId, toFarmId);
        assertThat(service.ok("get", routes, "{\"frontendId\":424242}")).isEmpty();
        assertThat(service.ok("get", routes + "/" + toFarmId)).isEqualTo(toFarm);

        String rules = routes + "/" + toFarmId + "/rule";
        JsonNode host = service.ok("post", rules, "{\"field\":\"host\",\"match\":\"is\",\"pattern\":\"b.example\","
                + "\"displayName\":\"b\"}");
        JsonNode header = service.ok("post", rules, "{\"field\":\"header\",\"subField\":\"X-Env\","
                + "\"match\":\"matches\",\"negate\":true,\"pattern\":\"^prod$\"}");
        long hostId = host.get("ruleId").asLong();
        long headerId = header.get("ruleId").asLong();
        assertThat(host.toString()).isEqualTo("{\"displayName\":\"b\",\"field\":\"host\",\"match\":\"is\","
                + "\"negate\":false,\"pattern\":\"b.example\",\"ruleId\":" + hostId + ",\"subField\":null}");
        assertThat(ids(service.ok("get", rules))).containsExactly(hostId, headerId);
        assertThat(service.ok("get", rules + "/" + headerId)).isEqualTo(header);
        assertThat(service.ok("put", rules + "/" + hostId, "{\"ruleId\":999,\"field\":\"uri\","
                + "\"match\":\"startswith\",\"pattern\":\"/api\"}").isNull()).isTrue();
        assertThat(service.ok("put", routes + "/" + toFarmId, "{\"routeId\":999,\"status\":\"creating\","
                + "\"rules\":[],\"action\":{\"type\":\"farm\",\"target\":\"" + farmB + "\"},"
                + "\"displayName\":\"renamed\",\"frontendId\":" + front + ",\"weight\":7}").isNull()).isTrue();
        JsonNode changed = service.ok("get", routes + "/" + toFarmId);
        assertThat(changed.get("routeId").asLong()).as("read-only").isEqualTo(toFarmId);
        assertThat(changed.get("displayName").asText()).isEqualTo("renamed");
        assertThat(changed.get("weight").asInt()).isEqualTo(7);
        assertThat(changed.get("rules").toString()).as("kept, without their display names").isEqualTo(
                "[{\"field\":\"uri\",\"match\":\"startswith\",\"negate\":false,\"pattern\":\"/api\",\"ruleId\":"
                        + hostId + ",\"subField\":null},{\"field\":\"header\",\"match\":\"matches\","
                        + "\"negate\":true,\"pattern\":\"^prod$\",\"ruleId\":" + headerId
                        + ",\"subField\":\"X-Env\"}]");

        assertThat(service.ok("get", path + "/definedRoutes").toString()).isEqualTo("[{\"type\":\"http\","
                + "\"routeId\":" + toFarmId + ",\"displayName\":\"renamed\"},{\"type\":\"http\",\"routeId\":"
                + rejectId + ",\"displayName\":null},{\"type\":\"http\",\"routeId\":" + redirectId
                + ",\"displayName\":null}]");
        assertThat(service.ok("get", path + "/availableRouteActions").toString()).contains(
                "{\"destination\":\"string\",\"name\":\"redirect\",\"status\":[301,302,303,307,308],"
                        + "\"type\":\"http\"}", "{\"destination\":null,\"name\":\"reject\",\"status\":null,"
                        + "\"type\":\"tcp\"}");
        assertThat(service.ok("get", path + "/availableRouteRules").toString()).contains("{\"enum\":null,"
                + "\"hasSubField\":true,\"matches\":[\"contains\",\"endswith\",\"exists\",\"in\",\"is\","
                + "\"matches\",\"startswith\"],\"name\":\"header\",\"pattern\":\"string\",\"type\":\"http\"}");

        assertThat(service.message("delete", path + "/http/farm/" + farmB))
                .isEqualTo("Farm " + farmB + " is the target of route " + toFarmId
                        + ": change or delete that route first");
        assertThat(service.fails("delete", path + "/http/frontend/" + other)).as("it has a route").isEqualTo(400);

        List<Integer> statuses = new ArrayList<>();
        for (String body : List.of("{}", "{\"action\":{\"type\":\"forward\"}}",
                "{\"action\":{\"type\":\"farm\",\"target\":\"" + tcpFarm + "\"}}",
                "{\"action\":{\"type\":\"redirect\",\"target\":\"https://x\",\"status\":200}}",
                "{\"action\":{\"type\":\"redirect\",\"target\":\"javascript:alert(1)\"}}",
                "{\"action\":{\"type\":\"redirect\",\"target\":\"https://x/${secret}\"}}",
                "{\"action\":{\"type\":\"reject\",\"status\":302}}",
                "{\"action\":{\"type\":\"reject\"},\"weight\":256}",
                "{\"action\":{\"type\":\"reject\"},\"frontendId\":424242}")) {
            statuses.add(service.fails("post", routes, body));
        }
        for (String body : List.of("{\"field\":\"host\",\"match\":\"internal\",\"pattern\":\"x\"}",
                "{\"field\":\"host\",\"match\":\"like\",\"pattern\":\"x\"}",
                "{\"field\":\"header\",\"match\":\"is\",\"pattern\":\"x\"}",
                "{\"field\":\"uri\",\"match\":\"matches\",\"pattern\":\"(\"}",
                "{\"field\":\"source\",\"match\":\"is\",\"pattern\":\"10.0.0.0/33\"}",
                "{\"field\":\"source\",\"match\":\"contains\",\"pattern\":\"10.\"}",
                "{\"field\":\"sni\",\"match\":\"is\",\"pattern\":\"x\"}",
                "{\"field\":\"host\",\"match\":\"is\",\"negate\":true}",
                "{\"field\":\"host\",\"match\":\"is\",\"pattern\":\"a\\nb\"}",
                "{\"field\":\"method\",\"match\":\"is\",\"pattern\":\"FETCH\"}")) {
            statuses.add(service.fails("post", rules, body));
        }
        statuses.add(service.fails("post", path + "/tcp/route", "{\"action\":{\"type\":\"redirect\","
                + "\"target\":\"https://x\"}}"));
        statuses.add(service.fails("post", path + "/tcp/route", "{\"action\":{\"type\":\"reject\",\"status\":403}}"));
        Api.Response raw = api.post(service.tenant().writerToken(), "/1.0" + rules,
                "{\"field\":\"cookie\",\"match\":\"exists\"}");
        statuses.add(raw.status());

        assertThat(statuses).containsOnly(400);
        assertThat(raw.body()).isEqualTo("{\"class\":\"Client::BadRequest\",\"message\":\"Invalid parameter"
                + " subField: is required for field cookie (the header, cookie or parameter name)\"}");
        assertThat(service.message("post", rules, "{\"field\":\"uri\",\"match\":\"internal\",\"pattern\":\"x\"}"))
                .isEqualTo("Invalid parameter match: must be one of contains, endswith, exists, in, is, matches,"
                        + " startswith for field uri");
        assertThat(service.fails("get", path + "/udp/route")).as("OVH has no udp routes").isEqualTo(404);
        assertThat(ids(service.ok("get", routes))).as("nothing left behind")
                .containsExactly(rejectId, redirectId, toFarmId);
        assertThat(ids(service.ok("get", rules))).containsExactly(hostId, headerId);

        assertThat(service.ok("delete", routes + "/" + toFarmId).isNull()).isTrue();
        assertThat(service.fails("get", routes + "/" + toFarmId)).isEqualTo(404);
        assertThat(service.fails("get", rules + "/" + hostId)).as("its rules went with it").isEqualTo(404);
        assertThat(service.ok("delete", path + "/http/farm/" + farmB).isNull()).as("no route uses it now").isTrue();
        assertThat(ids(service.ok("get", routes))).containsExactly(rejectId, redirectId);

        String rejectRules = routes + "/" + rejectId + "/rule";
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(service.tenant().writerToken(), "/1.0" + rejectRules, "{\"field\":\"method\","
                    + "\"match\":\"is\",\"pattern\":\"POST\"}").status()).isEqualTo(200);
        }
        assertThat(service.fails("post", rejectRules, "{\"field\":\"method\",\"match\":\"is\","
                + "\"pattern\":\"PUT\"}")).as("OVH's 5 rules per route").isEqualTo(403);

        assertThat(liveRoutes(service.lbId())).isEqualTo(2);
        assertThat(api.delete(service.tenant().writerToken(), Api.REGION + "/lbs/" + service.lbId()).status())
                .isEqualTo(204);
        // No data plane runs this LB: it is removed at once, and only the read model still shows its routes.
        await("the LB's routes deleted with it").atMost(Duration.ofSeconds(15))
                .until(() -> liveRoutes(service.lbId()), live -> live == 0);
    }

    private static long liveRoutes(String lbId) throws SQLException {
        try (Connection readModels = system.readModels(); PreparedStatement count = readModels.prepareStatement(
                "SELECT count(*) FILTER (WHERE NOT deleted) FROM ovh_route WHERE lb_id = ?::uuid")) {
            count.setString(1, lbId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }
}
