package io.lbaas.it.dataplane;

import io.lbaas.it.support.ServiceProcess;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.DataPlaneMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several agents of one host share its load balancers by the log's partitions: each LB is run by exactly one of
 * them, and when one dies, the agent given its partitions adopts its HAProxys without dropping their traffic.
 */
class DataPlaneSharingIT {

    private static final String FIRST = "agent-1";
    private static final String SECOND = "agent-2";
    /** New tenants' projects fall on either agent's partitions; this many make both agents' share all but sure. */
    private static final int MAX_TENANTS = 20;

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void eachLbRunsOnOneAgentAndTheSurvivorAdoptsThoseOfAnAgentThatDied() throws Exception {
        ServiceProcess first = system.dataPlane().process();
        ServiceProcess second = system.dataPlane().another(SECOND);
        second.start();
        second.awaitReady();
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs tenant = null;
            ServedLbs.Lb onSecond = null;
            String backend = null;
            for (int i = 0; i < MAX_TENANTS && onSecond == null; i++) {
                ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
                ServedLbs.Lb lb = lbs.create("shared-" + i);
                String lbBackend = lbs.backend(lb, httpBackend(servers, "roundrobin", "", 1));
                lbs.frontend(lb, lbBackend, "");
                awaitAnswer(lb, "/", Map.of());
                if (awaitRunner(lb).equals(SECOND)) {
                    tenant = lbs;
                    onSecond = lb;
                    backend = lbBackend;
                }
            }
            assertThat(onSecond).as("an LB of the second agent's partitions").isNotNull();
            await("every LB of the host run by exactly one agent").atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(DataPlaneMetrics.lbs(first.url()) + DataPlaneMetrics.lbs(second.url()))
                            .isEqualTo(lbsOnTheHost()));
            assertThat(DataPlaneMetrics.lbs(second.url())).isPositive();
            long master = masterOf(onSecond);

            TrafficLoop traffic = TrafficLoop.start(onSecond);
            try (traffic) {
                second.kill();
                // Once the group gives up on it (its session timeout), the first agent gets its partitions.
                ServedLbs.Lb adopted = onSecond;
                await("adopted").atMost(Duration.ofSeconds(60)).until(() -> runner(adopted).equals(FIRST));
                tenant.post("/backends/" + backend + "/servers", "{\"server_ip\":[\"" + servers.ip(2) + "\"]}");
                awaitAnswer(onSecond, "/", Map.of(), answer -> answer.body().equals(servers.ip(2)));
            }
            assertThat(traffic.failed()).as("requests failed during the hand-over").isZero();
            assertThat(traffic.served()).isPositive();
            assertThat(masterOf(onSecond)).as("the same HAProxy, adopted").isEqualTo(master);
            tenant.awaitReady(onSecond);
            assertThat(DataPlaneMetrics.lbs(first.url())).isEqualTo(lbsOnTheHost());
        } finally {
            second.kill();
            // The tests after this one need every LB of the zone served again.
            await("the first agent runs every LB again").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> DataPlaneMetrics.lbs(first.url()) == lbsOnTheHost());
        }
    }

    /** The agent whose heartbeats name the LB, once one has (a status report alone does not say which). */
    private static String awaitRunner(ServedLbs.Lb lb) {
        return await("an agent runs " + lb.id()).atMost(Duration.ofSeconds(15)).until(() -> runner(lb),
                runner -> runner.equals(FIRST) || runner.equals(SECOND));
    }

    private static String runner(ServedLbs.Lb lb) throws SQLException {
        try (Connection connection = system.readModels();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT instance_id FROM dataplane_heartbeat WHERE lb_id = ?")) {
            query.setObject(1, UUID.fromString(lb.id()));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    /** The LBs with an HAProxy's files on this host, whichever agent runs them. */
    private static long lbsOnTheHost() throws IOException {
        try (Stream<Path> dirs = Files.list(system.dataPlane().runtimeDir())) {
            return dirs.filter(dir -> Files.exists(dir.resolve("haproxy.pid"))).count();
        }
    }

    private static long masterOf(ServedLbs.Lb lb) throws IOException {
        return Long.parseLong(Files.readString(system.dataPlane().runtimeDir().resolve(lb.id())
                .resolve("haproxy.pid")).strip());
    }
}
