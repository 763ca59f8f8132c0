package io.lbaas.api.subscriber;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Scaleway's {@code Subscriber}. Beyond it, the answer to its creation carries {@code webhook_secret}, shown that
 * once: the key of the Standard Webhooks signatures its webhooks bear (clients that do not know it ignore it).
 */
public record SubscriberView(
        UUID id,
        String name,
        EmailConfig emailConfig,
        WebhookConfig webhookConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret) {

    public record EmailConfig(String email) {
    }

    public record WebhookConfig(String uri) {
    }

    public static SubscriberView of(SubscriberEntity subscriber) {
        return new SubscriberView(subscriber.id, subscriber.name,
                subscriber.email == null ? null : new EmailConfig(subscriber.email),
                subscriber.webhookUri == null ? null : new WebhookConfig(subscriber.webhookUri), null);
    }

    SubscriberView withSecret(String secret) {
        return new SubscriberView(id, name, emailConfig, webhookConfig, secret);
    }
}
