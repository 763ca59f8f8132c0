package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health checks run by HAProxy, observed by the agent, told to tenants by backend-stats. */
class DataPlaneHealthIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aStoppedServerFailsItsHttpCheckAndComesBackWhenStartedAgain() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(2)) {
            ServedLbs.Lb lb = lbs.create("checked");
            String backend = lbs.backend(lb, "{\"name\":\"pool\",\"forward_protocol\":\"http\",\"forward_port\":"
                    + servers.port() + ",\"server_ip\":" + servers.poolJson() + ",\"health_check\":{\"port\":"
                    + servers.port() + ",\"check_delay\":500,\"check_timeout\":300,\"check_max_retries\":1,"
                    + "\"http_config\":{\"uri\":\"/health\",\"method\":\"GET\",\"code\":200}}}");
            lbs.frontend(lb, backend, "");
            awaitAnswer(lb, "/", Map.of());
            awaitServer(lbs, lb, servers.ip(1), "running", "passed");
            awaitServer(lbs, lb, servers.ip(2), "running", "passed");

            servers.stop(1);
            awaitServer(lbs, lb, servers.ip(1), "stopped", "failed");
            for (int i = 0; i < 4; i++) {
                assertThat(RawHttp.get(lb.ip(), ServedLbs.PORT, "/").body())
                        .as("traffic avoids the stopped server").isEqualTo(servers.ip(2));
            }

            servers.add(1);
            awaitServer(lbs, lb, servers.ip(1), "running", "passed");
        }
    }

    private static void awaitServer(ServedLbs lbs, ServedLbs.Lb lb, String ip, String state, String check) {
        await(ip + " " + state + " with its last check " + check).atMost(Duration.ofSeconds(15)).until(() -> {
            for (JsonNode server : lbs.get("/lbs/" + lb.id() + "/backend-stats").get("backend_servers_stats")) {
                if (server.get("ip").asText().equals(ip)) {
                    return server.get("server_state").asText().equals(state)
                            && server.get("last_health_check_status").asText().equals(check);
                }
            }
            return false;
        });
    }
}
