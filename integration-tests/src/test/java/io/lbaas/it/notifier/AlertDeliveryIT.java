package io.lbaas.it.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.TestSmtp;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.WebhookReceiver;
import io.lbaas.testsupport.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Alerts as a tenant sets them up and follows them through the API, with a real receiver and SMTP server. */
class AlertDeliveryIT {

    private static SystemUnderTest system;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aWebhookReceiverGetsTheLbsStatusChangeSignedWithTheSecretShownAtCreationAndTheDeliveryIsListed() {
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        String lb = alerted.lb("web");

        alerted.status(lb, "ready");

        Received request = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(lb),
                received -> !received.isEmpty()).get(0);
        assertThat(request.verifiesWith(alerted.secret)).isTrue();
        assertThat(request.body()).contains("\"new_status\":\"ready\"").contains("\"name\":\"web\"");
        JsonNode delivery = await().atMost(Duration.ofSeconds(10)).until(() -> alerted.deliveries("")
                .get("deliveries"), deliveries -> deliveries.size() == 1
                && deliveries.get(0).get("status").asText().equals("delivered")).get(0);
        assertThat(delivery.get("event_id").asText()).isEqualTo(request.webhookId());
        assertThat(delivery.get("channel").asText()).isEqualTo("webhook");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("new_status").asText()).isEqualTo("ready");
    }

    @Test
    void exhaustingTheScheduleDeadLettersWithTheReasonInTheApiAndARetryDeliversIt() {
        receiver.otherwiseAnswer(503);
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        String lb = alerted.lb("web");

        alerted.status(lb, "ready");

        int attempts = SystemUnderTest.RETRY_SCHEDULE.split(",").length + 1;
        JsonNode dead = alerted.awaitDeliveries("?status=dead_letter", 1, Duration.ofSeconds(60)).get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(attempts);
        assertThat(dead.get("last_status_code").asInt()).isEqualTo(503);
        assertThat(dead.get("last_error").asText()).contains("HTTP 503").contains("the last of the schedule");
        assertThat(receiver.receivedAbout(lb)).hasSize(attempts);

        receiver.otherwiseAnswer(200);
        Api.Response retried = alerted.retry(dead.get("id").asText());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("status").asText()).isEqualTo("pending");
        alerted.awaitDeliveries("?status=delivered", 1, Duration.ofSeconds(20));
        assertThat(receiver.receivedAbout(lb)).hasSize(attempts + 1);
        assertThat(alerted.retry(dead.get("id").asText()).status()).as("a delivered one is not sent again")
                .isEqualTo(412);
    }

    @Test
    void goneDisablesTheWebhookAndTheApiSaysWhy() {
        receiver.thenAnswer(410);
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        String lb = alerted.lb("web");

        alerted.status(lb, "ready");
        alerted.awaitDeliveries("?status=dead_letter", 1, Duration.ofSeconds(30));
        alerted.status(lb, "error");

        JsonNode cancelled = alerted.awaitDeliveries("?status=cancelled", 1, Duration.ofSeconds(30)).get(0);
        assertThat(cancelled.get("attempts").asInt()).isZero();
        assertThat(cancelled.get("last_error").asText()).contains("410");
        assertThat(receiver.receivedAbout(lb)).hasSize(1);
    }

    @Test
    void anEmailSubscriberGetsAMailNamingTheLbAndItsNewStatus() {
        String address = "ops-" + UUID.randomUUID() + "@example.com";
        AlertedLbs alerted = AlertedLbs.toEmail(system, address);
        String lb = alerted.lb("shop");

        alerted.status(lb, "ready");

        List<TestSmtp.Mail> mails = await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.get()
                .mailsTo(address), received -> !received.isEmpty());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("[LBaaS] Load balancer shop is now ready");
        assertThat(mails.get(0).text()).contains(lb).contains("Its status is now ready (it was to_create).");
        alerted.awaitDeliveries("?channel=email&status=delivered", 1, Duration.ofSeconds(10));
    }

    @Test
    void anotherTenantCannotSeeOrRetryADelivery() {
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        alerted.status(alerted.lb("web"), "ready");
        JsonNode delivery = alerted.awaitDeliveries("", 1, Duration.ofSeconds(30)).get(0);
        Tenant stranger = system.tenants().create();
        String path = AlertedLbs.ZONE + "/subscribers/" + alerted.subscriber + "/deliveries";

        assertThat(system.api().get(stranger.readerToken(), path).status()).isEqualTo(404);
        assertThat(system.api().post(stranger.writerToken(), path + "/" + delivery.get("id").asText() + "/retry",
                "").status()).isEqualTo(404);
    }

    @Test
    void badFiltersAreA400NamingThem() {
        AlertedLbs alerted = AlertedLbs.toWebhook(system, receiver.url());
        Api.Response answer = system.api().get(alerted.tenant.readerToken(), AlertedLbs.ZONE + "/subscribers/"
                + alerted.subscriber + "/deliveries?status=lost");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("details").get(0).get("argument_name").asText()).isEqualTo("status");
    }
}
