package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.events.EventCodec;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneReports;
import io.lbaas.it.support.ServiceProcess;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.EventLogReader;
import io.lbaas.testsupport.RawHttp;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * How the data plane applies changes: pool changes without a reload, configurations HAProxy refuses never reaching
 * it, deleted LBs stopping, and a restarted agent taking its running LBs back without dropping their traffic.
 */
class DataPlaneLifecycleIT {

    private static final String UNSERVED = "/lb/v1/zones/" + SystemUnderTest.UNSERVED_ZONE;

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aServerAddedToThePoolGetsTrafficWithoutAnyReload() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("growing-pool");
            String backend = lbs.backend(lb, httpBackend(servers, "roundrobin", "", 1));
            lbs.frontend(lb, backend, "");
            awaitAnswer(lb, "/", Map.of());
            Set<Long> workers = system.dataPlane().workersOf(lb.id());

            lbs.post("/backends/" + backend + "/servers", "{\"server_ip\":[\"" + servers.ip(2) + "\"]}");

            awaitAnswer(lb, "/", Map.of(), answer -> answer.body().equals(servers.ip(2)));
            // A worker of the set-up's last reload may still be finishing its connections, and may leave meanwhile.
            assertThat(system.dataPlane().workersOf(lb.id())).as("no new HAProxy worker: no reload")
                    .isNotEmpty().isSubsetOf(workers);
        }
    }

    @Test
    void aServerAddedToAStickyBackendGetsItsOwnCookieWithoutAnyReload() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("sticky-growing");
            String backend = lbs.backend(lb, httpBackend(servers, "roundrobin",
                    ",\"sticky_sessions\":\"cookie\",\"sticky_sessions_cookie_name\":\"lbsticky\"", 1));
            lbs.frontend(lb, backend, "");
            String firstCookie = awaitAnswer(lb, "/", Map.of()).header("set-cookie");
            Set<Long> workers = system.dataPlane().workersOf(lb.id());

            lbs.post("/backends/" + backend + "/servers", "{\"server_ip\":[\"" + servers.ip(2) + "\"]}");

            RawHttp.Answer fromNew = awaitAnswer(lb, "/", Map.of(), answer -> answer.body().equals(servers.ip(2)));
            String cookie = fromNew.header("set-cookie");
            assertThat(cookie).as("the new server's own cookie").startsWith("lbsticky=").isNotEqualTo(firstCookie);
            for (int i = 0; i < 6; i++) {
                assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/", Map.of("Cookie", cookie.split(";")[0])).body())
                        .as("clients with its cookie stay with it").isEqualTo(servers.ip(2));
            }
            // A worker of the set-up's last reload may still be finishing its connections, and may leave meanwhile.
            assertThat(system.dataPlane().workersOf(lb.id())).as("no new HAProxy worker: no reload")
                    .isNotEmpty().isSubsetOf(workers);
        }
    }

    @Test
    void aConfigurationHaproxyRefusesPutsTheLbInErrorAndTheLastGoodOneKeepsServing() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("refused");
            String frontend = lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            awaitAnswer(lb, "/", Map.of());
            lbs.awaitReady(lb);

            // Java reads this class (so the API accepts it); HAProxy's PCRE2 does not know it.
            String acl = lbs.post("/frontends/" + frontend + "/acls", """
                    {"name":"broken","index":0,"action":{"type":"deny"},
                     "match":{"http_filter":"regex","http_filter_value":["\\\\p{javaLowerCase}+"]}}""")
                    .get("id").asText();

            await("error").atMost(Duration.ofSeconds(15)).until(() -> lbs.status(lb).equals("error"));
            assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/").body())
                    .as("the last good configuration serves").isEqualTo(servers.ip(1));
            assertThat(lbs.get("/lbs/" + lb.id() + "/events").toString())
                    .as("HAProxy's reason is in the LB's history").contains("javaLowerCase");

            lbs.put("/acls/" + acl, """
                    {"name":"broken","index":0,"action":{"type":"deny"},
                     "match":{"http_filter":"regex","http_filter_value":["\\\\p{javaUpperCase}+"]}}""");
            await("a new reason for the same status").atMost(Duration.ofSeconds(15)).until(() ->
                    lbs.get("/lbs/" + lb.id() + "/events").toString().contains("javaUpperCase"));
            assertThat(lbs.status(lb)).isEqualTo("error");

            system.api().delete(lbs.token(), ServedLbs.ZONE + "/acls/" + acl);
            lbs.awaitReady(lb);
        }
    }

    @Test
    void aDeletedLbIsToDeleteThenDeletingThenGoneOnceNothingListens() throws Exception {
        Tenant tenant = system.tenants().create();
        ServedLbs lbs = new ServedLbs(system.api(), tenant);
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("short-lived");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            awaitAnswer(lb, "/", Map.of());
            String path = ServedLbs.ZONE + "/lbs/" + lb.id();
            String ip = lbs.get("/lbs/" + lb.id()).get("ip").get(0).get("id").asText();

            assertThat(system.api().delete(lbs.token(), path).status()).isEqualTo(204);

            JsonNode deleted = lbs.get("/lbs/" + lb.id());
            assertThat(deleted.get("status").asText())
                    .as("still there, as Scaleway shows it, until the data plane took it down")
                    .isIn("to_delete", "deleting");
            assertThat(deleted.get("ip").get(0).get("id").asText())
                    .as("its IP stays with it while HAProxy may listen on it").isEqualTo(ip);
            assertThat(system.api().put(lbs.token(), path, "{\"name\":\"renamed\"}").status())
                    .as("a deleted LB takes no change").isEqualTo(409);
            await("gone").atMost(Duration.ofSeconds(15))
                    .until(() -> system.api().get(lbs.token(), path).status() == 404);
            assertThatThrownBy(() -> RawHttp.get(lb.ip(), ServedLbs.PORT, "/"))
                    .as("nothing listens once it is gone").isInstanceOf(IOException.class);
            assertThat(lbs.get("/ips/" + ip).get("lb_id").isNull()).as("then the IP is free (kept: no release_ip)")
                    .isTrue();
            assertThat(lbEventsOnTheLog(tenant, lb.id()))
                    .containsSubsequence("LbDeleted", "LbStatusChanged deleting", "LbRemoved confirmed");
        }
    }

    @Test
    void aMigratedLbIsMigratingThenReadyAndKeepsServing() throws Exception {
        Tenant tenant = system.tenants().create();
        ServedLbs lbs = new ServedLbs(system.api(), tenant);
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("moving");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            awaitAnswer(lb, "/", Map.of());
            lbs.awaitReady(lb);

            TrafficLoop traffic = TrafficLoop.start(lb);
            try (traffic) {
                assertThat(lbs.post("/lbs/" + lb.id() + "/migrate", "{\"type\":\"LB-GP-M\"}").get("type").asText())
                        .isEqualTo("LB-GP-M");
                await("migrated").atMost(Duration.ofSeconds(15)).until(() -> lbEventsOnTheLog(tenant, lb.id())
                        .indexOf("LbStatusChanged migrating") > 0 && lbs.status(lb).equals("ready"));
            }
            assertThat(lbEventsOnTheLog(tenant, lb.id()))
                    .containsSubsequence("LbMigrated", "LbStatusChanged migrating", "LbStatusChanged ready");
            assertThat(traffic.failed()).as("requests failed during the migration").isZero();
        }
    }

    @Test
    void aDeletedLbInAZoneNoAgentServesIsGoneAtOnce() {
        Tenant tenant = system.tenants().create();
        String lb = system.api().createLb(tenant.writerToken(), tenant.project(), "never-served");

        assertThat(system.api().delete(tenant.writerToken(), Api.REGION + "/lbs/" + lb).status()).isEqualTo(204);

        assertThat(system.api().get(tenant.writerToken(), Api.REGION + "/lbs/" + lb).status()).isEqualTo(404);
        assertThat(lbEventsOnTheLog(tenant, lb)).containsSubsequence("LbDeleted",
                "LbRemoved no data plane was running this load balancer");
    }

    @Test
    void aDeletedLbThatNoAgentTakesDownIsRemovedAtTheDeadlineSayingWhy() throws Exception {
        Tenant tenant = system.tenants().create();
        String zone = UNSERVED;
        String lb = unservedLb(tenant, "abandoned");
        new DataPlaneReports(system).agentRuns(lb);

        assertThat(system.api().delete(tenant.writerToken(), zone + "/lbs/" + lb).status()).isEqualTo(204);
        assertThat(system.api().get(tenant.readerToken(), zone + "/lbs/" + lb).json().get("status").asText())
                .as("an agent runs it: it waits for that agent's word").isEqualTo("to_delete");

        await("removed at the deadline").atMost(Duration.ofSeconds(30))
                .until(() -> system.api().get(tenant.readerToken(), zone + "/lbs/" + lb).status() == 404);
        assertThat(lbEventsOnTheLog(tenant, lb)).containsSubsequence("LbDeleted", "LbRemoved no data plane "
                + "confirmed that this load balancer was taken down within 10 s");
    }

    /** An LB in the zone where the API expects a data plane that the tests do not run. */
    private static String unservedLb(Tenant tenant, String name) {
        Api.Response created = system.api().post(tenant.writerToken(), UNSERVED + "/lbs", "{\"name\":\"" + name
                + "\",\"description\":\"\",\"type\":\"LB-S\",\"project_id\":\"" + tenant.project() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    /** The LB's own events as "type", with the status or the removal's reason ("confirmed": none). */
    private static List<String> lbEventsOnTheLog(Tenant tenant, String lbId) {
        EventCodec codec = new EventCodec();
        return new EventLogReader(system.stack().kafkaBootstrapServers()).recordsOf(tenant.project()).stream()
                .map(record -> codec.decode(record.value()))
                .filter(event -> event.aggregateId().toString().equals(lbId))
                .map(event -> event.payload() instanceof LbStatusChanged changed ? event.type() + " " + changed.status()
                        : event.payload() instanceof LbRemoved removed ? event.type() + " "
                        + (removed.reason() == null ? "confirmed" : removed.reason())
                        : event.type())
                .toList();
    }

    @Test
    void aRestartedAgentTakesItsLbsBackWhileTheyKeepServing() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        ServiceProcess agent = system.dataPlane().process();
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("outlives-its-agent");
            String backend = lbs.backend(lb, httpBackend(servers, "roundrobin", "", 1));
            lbs.frontend(lb, backend, "");
            awaitAnswer(lb, "/", Map.of());

            TrafficLoop traffic = TrafficLoop.start(lb);
            try (traffic) {
                agent.kill();
                agent.restart();
                await("the agent caught up").atMost(Duration.ofSeconds(30)).until(() -> caughtUp(agent));
            }
            assertThat(traffic.failed()).as("requests failed while the agent was away").isZero();
            assertThat(traffic.served()).isPositive();

            lbs.post("/backends/" + backend + "/servers", "{\"server_ip\":[\"" + servers.ip(2) + "\"]}");
            awaitAnswer(lb, "/", Map.of(), answer -> answer.body().equals(servers.ip(2)));
        }
    }

    @Test
    void theLbsOfASilentAgentBecomeUnknownSayingSinceWhenUntilItReportsAgain() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        ServiceProcess agent = system.dataPlane().process();
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("orphaned");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            awaitAnswer(lb, "/", Map.of());
            lbs.awaitReady(lb);

            agent.kill();
            try {
                await("unknown").atMost(Duration.ofSeconds(30)).until(() -> lbs.status(lb).equals("unknown"));
                assertThat(lbs.get("/lbs/" + lb.id() + "/events").toString())
                        .contains("no data plane has reported on this load balancer since");
                assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/").body()).as("still serving")
                        .isEqualTo(servers.ip(1));
            } finally {
                agent.restart();
            }
            lbs.awaitReady(lb);
        }
    }

    @Test
    void anLbNoDataPlaneTakesLeavesToCreateForErrorWithTheReason() {
        Tenant tenant = system.tenants().create();
        String zone = UNSERVED;
        String lb = unservedLb(tenant, "orphan");

        await("error").atMost(Duration.ofSeconds(30)).until(() -> system.api().get(tenant.readerToken(),
                zone + "/lbs/" + lb).json().get("status").asText().equals("error"));
        assertThat(system.api().get(tenant.readerToken(), zone + "/lbs/" + lb + "/events").body())
                .contains("no data plane has taken this load balancer in zone " + SystemUnderTest.UNSERVED_ZONE);
    }

    private static boolean caughtUp(ServiceProcess agent) {
        return agent.readiness().status() == 200;
    }
}
