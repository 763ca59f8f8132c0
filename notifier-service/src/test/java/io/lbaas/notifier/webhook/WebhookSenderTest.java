package io.lbaas.notifier.webhook;

import io.lbaas.notifier.delivery.Alert;
import io.lbaas.notifier.delivery.Attempt;
import io.lbaas.notifier.delivery.Delivery;
import io.lbaas.notifier.delivery.NotifierConfig;
import io.lbaas.testsupport.WebhookReceiver;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The send-time check of where a webhook goes, in production mode (no private targets allowed). */
class WebhookSenderTest {

    private final Vertx vertx = Vertx.vertx();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void close() {
        receiver.close();
        vertx.closeAndAwait();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%s/hook", "http://localhost:%s/hook", "http://169.254.169.254/latest/",
            "http://[::1]:%s/hook", "http://10.0.0.1/hook"})
    void inProductionAWebhookIntoOurOwnNetworkIsRefusedAtSendTimeAndNothingIsSent(String target) {
        String uri = target.formatted(receiver.url().split(":")[2].split("/")[0]);

        Attempt attempt = sender(false).attempt(delivery(uri)).await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.result()).isEqualTo(Attempt.Result.FAILED);
        assertThat(attempt.error()).startsWith("refused: ").contains("which is not a public address");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void inTestModeLoopbackIsAllowed() {
        Attempt attempt = sender(true).attempt(delivery(receiver.url())).await().atMost(Duration.ofSeconds(10));

        assertThat(attempt.result()).isEqualTo(Attempt.Result.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADateAndCappedAtADay() {
        assertThat(WebhookSender.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(WebhookSender.retryAfter("9999999")).isEqualTo(Duration.ofDays(1));
        assertThat(WebhookSender.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(WebhookSender.retryAfter("soon")).isNull();
    }

    private WebhookSender sender(boolean allowPrivate) {
        return new WebhookSender(vertx, config(), () -> allowPrivate);
    }

    private static Delivery delivery(String uri) {
        UUID lb = UUID.randomUUID();
        Instant now = Instant.now();
        Alert alert = new Alert("lb.status_changed", now, new Alert.Data(UUID.randomUUID(), "LbStatusChanged", now,
                UUID.randomUUID(), UUID.randomUUID(), new Alert.Lb(lb, "web"), new Alert.Resource("lb", lb, ""),
                "creating", "ready", null, null));
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Delivery.WEBHOOK, 1, alert,
                new Delivery.Recipient(null, uri, List.of("whsec_" + "a".repeat(44)), null, false));
    }

    private static NotifierConfig config() {
        NotifierConfig.Webhook webhook = new NotifierConfig.Webhook() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration responseTimeout() {
                return Duration.ofSeconds(5);
            }
        };
        return new NotifierConfig() {
            @Override
            public List<Duration> retrySchedule() {
                return List.of();
            }

            @Override
            public double retryJitter() {
                return 0;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int maxInFlight() {
                return 8;
            }

            @Override
            public int maxInFlightPerSubscriber() {
                return 2;
            }

            @Override
            public Duration maxAlertAge() {
                return Duration.ofDays(1);
            }

            @Override
            public Duration secretRotationOverlap() {
                return Duration.ofHours(1);
            }

            @Override
            public Webhook webhook() {
                return webhook;
            }
        };
    }
}
