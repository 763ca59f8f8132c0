package io.lbaas.api.subscriber;

import java.util.UUID;

/** Body of createSubscriber and updateSubscriber (which ignores the project): one of the two configurations. */
public record SubscriberRequest(String name, UUID projectId, UUID organizationId,
                                SubscriberView.EmailConfig emailConfig, SubscriberView.WebhookConfig webhookConfig) {

    static final SubscriberRequest EMPTY = new SubscriberRequest(null, null, null, null, null);

    /** Body of subscribeToLb. */
    public record Subscription(UUID subscriberId) {
    }
}
