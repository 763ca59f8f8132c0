package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.lbaas.it.dataplane.ServedLbs.PORT;
import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real traffic through load balancers created with the public API and run by the data-plane agent on HAProxy: the
 * balancing algorithms, stickiness, ACLs and routes do to requests what tenants asked for.
 */
class DataPlaneTrafficIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    private static ServedLbs lbs() {
        return new ServedLbs(system.api(), system.tenants().create());
    }

    private static Map<String, Long> servedBy(ServedLbs.Lb lb, int requests, Map<String, String> headers)
            throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(RawHttp.get(lb.ip(), PORT, "/", headers).body());
        }
        return bodies.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void roundRobinSpreadsRequestsEvenlyAcrossThreeServersOnceTheLbIsReady() throws Exception {
        ServedLbs lbs = lbs();
        try (TestBackends servers = TestBackends.start(3)) {
            ServedLbs.Lb lb = lbs.create("round-robin");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            lbs.awaitReady(lb);
            awaitAnswer(lb, "/", Map.of());

            assertThat(servedBy(lb, 30, Map.of()))
                    .containsOnlyKeys(servers.ips())
                    .allSatisfy((server, count) -> assertThat(count).isEqualTo(10L));
        }
    }

    @Test
    void anLbServesOnItsFlexibleIpv6() throws Exception {
        ServedLbs lbs = lbs();
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.createWithIpv6("dual-stack");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            lbs.awaitReady(lb);

            assertThat(awaitAnswer(lb, "/", Map.of()).body()).isEqualTo(servers.ip(1));
            assertThat(lb.ip()).startsWith("fd77:");
        }
    }

    @Test
    void backendStatsCountTheTrafficEachServerCarried() throws Exception {
        ServedLbs lbs = lbs();
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("counted");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin", "")), "");
            awaitAnswer(lb, "/", Map.of());

            servedBy(lb, 20, Map.of());

            // At least the 21 requests above (health checks are not sessions), spread over both servers.
            JsonNode stats = await("traffic counted").atMost(Duration.ofSeconds(15)).until(() -> lbs.get("/lbs/"
                    + lb.id() + "/backend-stats").get("backend_servers_stats"), all -> {
                long sessions = 0;
                for (JsonNode server : all) {
                    sessions += server.at("/traffic/total_sessions").asLong();
                }
                return sessions >= 21;
            });
            for (JsonNode server : stats) {
                assertThat(server.at("/traffic/total_sessions").asLong()).as(server.toString()).isGreaterThan(0);
                assertThat(server.at("/traffic/bytes_out").asLong()).as("bytes the server sent").isGreaterThan(0);
                assertThat(server.at("/traffic/bytes_in").asLong()).as("bytes the server got").isGreaterThan(0);
            }
        }
    }

    @Test
    void cookieStickinessKeepsAClientOnItsServer() throws Exception {
        ServedLbs lbs = lbs();
        try (TestBackends servers = TestBackends.start(3)) {
            ServedLbs.Lb lb = lbs.create("sticky");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "roundrobin",
                    ",\"sticky_sessions\":\"cookie\",\"sticky_sessions_cookie_name\":\"lbsticky\"")), "");
            RawHttp.Answer first = awaitAnswer(lb, "/", Map.of());
            String cookie = first.header("set-cookie");
            assertThat(cookie).as("the LB sets its cookie").startsWith("lbsticky=");

            Map<String, Long> withCookie = servedBy(lb, 12, Map.of("Cookie", cookie.split(";")[0]));
            Map<String, Long> without = servedBy(lb, 12, Map.of());

            assertThat(withCookie).as("with the cookie, always the first server").containsOnlyKeys(first.body());
            assertThat(without).as("without it, round robin").hasSize(3);
        }
    }

    @Test
    void leastConnectionsSendsNewRequestsAwayFromABusyServer() throws Exception {
        ServedLbs lbs = lbs();
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("least-conn");
            lbs.frontend(lb, lbs.backend(lb, httpBackend(servers, "leastconn", "")), "");
            awaitAnswer(lb, "/", Map.of());

            Future<RawHttp.Answer> busy = clients.submit(() -> RawHttp.get(lb.ip(), PORT, "/slow"));
            await("a request in flight").until(() -> servers.slowRequestsReceived() == 1);
            Map<String, Long> meanwhile = servedBy(lb, 6, Map.of());
            servers.release();

            String busyServer = busy.get().body();
            assertThat(meanwhile).as("all went to the server without a connection")
                    .hasSize(1).doesNotContainKey(busyServer);
        } finally {
            clients.shutdownNow();
        }
    }
}
