package io.lbaas.notifier.webhook;

import io.lbaas.notifier.delivery.SubscribedLb;
import io.lbaas.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Our signatures, checked by Standard Webhooks' own library (through the test receiver's check). */
class WebhookSignatureTest {

    private static final String BODY = "{\"type\":\"lb.status_changed\"}";
    private static final String ID = "2b4b9d4e-3f6a-4d3c-9d7e-3c2f1b0a9e8d";

    @Test
    void standardWebhooksVerifiesOurSignatureWithTheSecretAndRefusesAnyOther() {
        String secret = SubscribedLb.newSecret();

        WebhookReceiver.Received request = signed(List.of(secret), BODY);

        assertThat(request.verifiesWith(secret)).isTrue();
        assertThat(request.verifiesWith(SubscribedLb.newSecret())).isFalse();
    }

    @Test
    void aChangedBodyNoLongerVerifies() {
        String secret = SubscribedLb.newSecret();
        WebhookReceiver.Received request = signed(List.of(secret), BODY);

        WebhookReceiver.Received tampered = new WebhookReceiver.Received(request.headers(),
                BODY.replace("lb", "lx"), 200, Instant.now());

        assertThat(tampered.verifiesWith(secret)).isFalse();
    }

    @Test
    void withTwoSecretsEitherVerifies() {
        String current = SubscribedLb.newSecret();
        String previous = SubscribedLb.newSecret();

        WebhookReceiver.Received request = signed(List.of(current, previous), BODY);

        assertThat(request.verifiesWith(current)).isTrue();
        assertThat(request.verifiesWith(previous)).isTrue();
    }

    private static WebhookReceiver.Received signed(List<String> secrets, String body) {
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(secrets, ID, timestamp,
                body.getBytes(StandardCharsets.UTF_8));
        return new WebhookReceiver.Received(Map.of("webhook-id", ID, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature), body, 200, Instant.now());
    }
}
