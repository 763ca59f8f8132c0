package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.RawHttp;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestSmtp;
import io.lbaas.testsupport.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.lbaas.it.dataplane.ServedLbs.awaitAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health checks run by HAProxy, observed by the agent, told to tenants by backend-stats. */
class DataPlaneHealthIT {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void theLbsSubscriberIsToldByWebhookOrEmailWhenAServerFailsItsCheckAndWhenItComesBack() {
        Tenant tenant = system.tenants().create();
        ServedLbs lbs = new ServedLbs(system.loopbackWebhooksApi(), tenant);
        try (TestBackends servers = TestBackends.start(2); WebhookReceiver receiver = WebhookReceiver.start()) {
            ServedLbs.Lb lb = lbs.create("alerting");
            String subscriber = lbs.post("/subscribers", "{\"name\":\"ops\",\"project_id\":\""
                    + tenant.project() + "\",\"webhook_config\":{\"uri\":\"" + receiver.url()
                    + "\"}}").get("id").asText();
            lbs.post("/lb/" + lb.id() + "/subscribe", "{\"subscriber_id\":\"" + subscriber + "\"}");
            lbs.frontend(lb, lbs.backend(lb, ServedLbs.httpBackend(servers, "roundrobin", "")), "");
            awaitServer(lbs, lb, servers.ip(1), "running", "passed");

            servers.stop(1);
            JsonNode down = awaitAlert(receiver, servers.ip(1), "running", "stopped");
            servers.add(1);
            JsonNode back = awaitAlert(receiver, servers.ip(1), "stopped", "running");

            assertThat(down.get("type").asText()).isEqualTo("backend_server.status_changed");
            assertThat(down.at("/data/lb/id").asText()).isEqualTo(lb.id());
            assertThat(down.at("/data/last_health_check_status").asText()).isEqualTo("failed");
            assertThat(back.at("/data/last_health_check_status").asText()).isEqualTo("passed");

            String address = "ops-" + tenant.project() + "@example.com";
            lbs.put("/subscribers/" + subscriber, "{\"name\":\"ops\",\"email_config\":{\"email\":\"" + address
                    + "\"}}");
            servers.stop(1);
            TestSmtp.Mail mail = await("a mail to " + address).atMost(Duration.ofSeconds(30))
                    .until(() -> TestSmtp.get().mailsTo(address), mails -> !mails.isEmpty()).get(0);
            assertThat(mail.subject()).isEqualTo("[LBaaS] Load balancer alerting server " + servers.ip(1)
                    + " is now stopped");
            assertThat(mail.text()).contains("Last health check: failed.");
        }
    }

    /** The alert of the server's change from one state to another. */
    private static JsonNode awaitAlert(WebhookReceiver receiver, String ip, String from, String to) {
        return await(ip + " alerted " + from + " to " + to).atMost(Duration.ofSeconds(30)).until(() -> receiver
                .received().stream().map(request -> read(request.body())).filter(alert ->
                        alert.at("/data/resource/name").asText().equals(ip)
                                && alert.at("/data/old_status").asText().equals(from)
                                && alert.at("/data/new_status").asText().equals(to))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
