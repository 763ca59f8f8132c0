package io.lbaas.notifier.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;
import io.lbaas.testsupport.SmtpResource;
import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.WebhookReceiver;
import io.lbaas.testsupport.WebhookReceiver.Received;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks as a receiver sees them, from status changes on the log to requests on a real HTTP server. The test
 * profile's retry schedule is three waits of 300 ms, so a delivery has four attempts.
 */
@QuarkusTest
@WithTestResource(StackResource.class)
@WithTestResource(SmtpResource.class)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    Pool pool;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aReceiverFailingTwiceGetsExactlyThreeAttemptsAndOneSuccessSignedWithTheSubscribersSecret() throws Exception {
        receiver.thenAnswer(503, 500);
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());

        UUID event = lb.status("ready", null);

        Row delivery = awaitDelivery(lb, "delivered");
        assertThat(delivery.getInteger("attempts")).isEqualTo(3);
        List<Received> requests = receiver.received();
        assertThat(requests).extracting(Received::answeredWith).containsExactly(503, 500, 200);
        assertThat(requests).extracting(Received::webhookId).containsOnly(event.toString());
        assertThat(requests).allSatisfy(request -> assertThat(request.verifiesWith(lb.secret)).isTrue());
        assertThat(requests.get(0).verifiesWith(SubscribedLb.newSecret())).isFalse();
        JsonNode alert = JSON.readTree(requests.get(2).body());
        assertThat(alert.get("type").asText()).isEqualTo("lb.status_changed");
        assertThat(alert.at("/data/lb/id").asText()).isEqualTo(lb.lb.toString());
        assertThat(alert.at("/data/lb/name").asText()).isEqualTo("web");
        assertThat(alert.at("/data/old_status").asText()).isEqualTo("to_create");
        assertThat(alert.at("/data/new_status").asText()).isEqualTo("ready");
        assertThat(alert.at("/data/organization_id").asText()).isEqualTo(lb.tenant.organizationId().toString());
        assertThat(requests).extracting(Received::body).containsOnly(requests.get(0).body());
    }

    @Test
    void aRetryWaitsAsLongAsTheReceiversRetryAfterAsks() {
        receiver.thenAnswer(new WebhookReceiver.Answer(429, Map.of("Retry-After", "2")));
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());

        lb.status("ready", null);

        awaitDelivery(lb, "delivered");
        List<Received> requests = receiver.received();
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                .as("the schedule alone would retry after 300 ms").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void exhaustingTheScheduleDeadLettersTheDeliveryWithTheReason() {
        receiver.otherwiseAnswer(500);
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());

        lb.status("error", "haproxy -c: unknown keyword");

        Row delivery = awaitDelivery(lb, "dead_letter");
        assertThat(delivery.getInteger("attempts")).isEqualTo(4);
        assertThat(delivery.getInteger("last_status_code")).isEqualTo(500);
        assertThat(delivery.getString("last_error")).contains("HTTP 500").contains("the last of the schedule");
        assertThat(receiver.received()).hasSize(4);
    }

    @Test
    void goneDisablesTheWebhookUntilTheSubscriberIsUpdated() {
        receiver.thenAnswer(410);
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());

        lb.status("ready", null);
        assertThat(awaitDelivery(lb, "dead_letter").getString("last_error")).contains("HTTP 410");
        lb.status("error", "backend down");
        assertThat(awaitDeliveries(lb, 2).get(1).getString("status")).isEqualTo("cancelled");
        assertThat(receiver.received()).hasSize(1);

        lb.updateWebhook(receiver.url());
        lb.status("ready", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
        assertThat(awaitDeliveries(lb, 3).get(2).getString("status")).isEqualTo("delivered");
    }

    @Test
    void aReceiverThatHangsHoldsOnlyItsShareOfTheSlotsAndOthersAreServedMeanwhile() {
        receiver.otherwiseAnswer(new WebhookReceiver.Answer(200, Map.of(), Duration.ofSeconds(8)));
        SubscribedLb slow = SubscribedLb.withWebhook(receiver.url());
        try (WebhookReceiver other = WebhookReceiver.start()) {
            SubscribedLb served = SubscribedLb.withWebhook(other.url());
            for (String status : List.of("creating", "ready", "error", "ready")) {
                slow.status(status, null);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);

            served.status("ready", null);

            // With every slot (4 in the test profile) taken by the hanging receiver, this would wait 8 s.
            await().atMost(Duration.ofSeconds(4)).until(() -> other.received().size() == 1);
            assertThat(receiver.received()).as("the hanging receiver's share").hasSize(2);
        }
    }

    @Test
    void duringASecretRotationBothSecretsSign() {
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());
        String old = lb.secret;

        String rotated = lb.rotateSecret();
        lb.status("ready", null);

        awaitDelivery(lb, "delivered");
        Received request = receiver.received().get(0);
        assertThat(request.headers().get("webhook-signature").split(" ")).hasSize(2);
        assertThat(request.verifiesWith(rotated)).isTrue();
        assertThat(request.verifiesWith(old)).isTrue();
    }

    @Test
    void anEventReadTwiceIsDeliveredOnce() {
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());
        EventEnvelope ready = lb.onLb(new LbStatusChanged("ready", null));

        SubscribedLb.append(ready);
        SubscribedLb.append(ready);
        lb.status("error", "marker");

        awaitDeliveries(lb, 2);
        assertThat(lb.deliveries(pool)).extracting(row -> row.getString("status")).containsOnly("delivered");
        assertThat(receiver.received()).extracting(Received::webhookId).doesNotHaveDuplicates().hasSize(2)
                .contains(ready.eventId().toString());
    }

    @Test
    void aChangeOlderThanTheMaxAlertAgeWhenReadAlertsNobody() {
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());

        lb.onLb(new LbStatusChanged("error", "long ago"), Instant.now().minus(Duration.ofDays(2)));
        UUID marker = lb.status("ready", null);

        Row only = awaitDelivery(lb, "delivered");
        assertThat(only.getUUID("event_id")).isEqualTo(marker);
        assertThat(receiver.received()).extracting(Received::webhookId).containsExactly(marker.toString());
    }

    @Test
    void aBackendServerGoingDownIsAlertedWithItsHealthCheck() throws Exception {
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());
        UUID backend = UUID.randomUUID();

        lb.onLb(new BackendServerStateChanged(backend, "10.0.0.7", "agent-1", "running", "passed", null));
        lb.onLb(new BackendServerStateChanged(backend, "10.0.0.7", "agent-1", "stopped", "failed",
                "Layer4 connection problem"));

        // Deliveries go out side by side, in no promised order: the receiver orders by occurred_at if it cares.
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
        JsonNode down = alertWith("\"new_status\":\"stopped\"");
        assertThat(down.get("type").asText()).isEqualTo("backend_server.status_changed");
        assertThat(down.at("/data/resource/id").asText()).isEqualTo(backend.toString());
        assertThat(down.at("/data/resource/name").asText()).isEqualTo("10.0.0.7");
        assertThat(down.at("/data/old_status").asText()).isEqualTo("running");
        assertThat(down.at("/data/new_status").asText()).isEqualTo("stopped");
        assertThat(down.at("/data/last_health_check_status").asText()).isEqualTo("failed");
        assertThat(down.at("/data/reason").asText()).isEqualTo("Layer4 connection problem");
    }

    @Test
    void aCertificateThatCouldNotBeIssuedAndAPrivateNetworkThatBecameReadyAreAlerted() throws Exception {
        SubscribedLb lb = SubscribedLb.withWebhook(receiver.url());
        UUID certificate = UUID.randomUUID();
        UUID attachment = UUID.randomUUID();
        UUID privateNetwork = UUID.randomUUID();

        SubscribedLb.append(lb.tenant.envelope(certificate, 1, new CertificateCreated(lb.lb, "shop", "letsencrypt",
                "shop.example.com", List.of(), null, null, null, "pending", null, null)));
        SubscribedLb.append(lb.tenant.envelope(certificate, 2, new CertificateIssueFailed("rate limited")));
        SubscribedLb.append(lb.tenant.envelope(attachment, 1, new PrivateNetworkAttached(lb.lb, privateNetwork,
                List.of(), List.of(), null)));
        SubscribedLb.append(lb.tenant.envelope(attachment, 2, new PrivateNetworkReady()));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 4);
        JsonNode failed = alertWith("\"new_status\":\"error\"");
        assertThat(failed.get("type").asText()).isEqualTo("certificate.status_changed");
        assertThat(failed.at("/data/resource/name").asText()).isEqualTo("shop");
        assertThat(failed.at("/data/old_status").asText()).isEqualTo("pending");
        assertThat(failed.at("/data/reason").asText()).isEqualTo("rate limited");
        assertThat(failed.at("/data/lb/id").asText()).isEqualTo(lb.lb.toString());
        JsonNode ready = alertWith("\"new_status\":\"ready\"");
        assertThat(ready.get("type").asText()).isEqualTo("private_network.status_changed");
        assertThat(ready.at("/data/resource/id").asText()).isEqualTo(attachment.toString());
        assertThat(ready.at("/data/resource/name").asText()).isEqualTo(privateNetwork.toString());
        assertThat(ready.at("/data/old_status").asText()).isEqualTo("pending");
    }

    private JsonNode alertWith(String fragment) throws Exception {
        return JSON.readTree(receiver.received().stream().filter(request -> request.body().contains(fragment))
                .findFirst().orElseThrow().body());
    }

    private Row awaitDelivery(SubscribedLb lb, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> lb.deliveries(pool),
                rows -> rows.size() == 1 && rows.get(0).getString("status").equals(status)).get(0);
    }

    private List<Row> awaitDeliveries(SubscribedLb lb, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> lb.deliveries(pool),
                rows -> rows.size() == count && rows.stream().noneMatch(row -> row.getString("status")
                        .equals("pending")));
    }
}
