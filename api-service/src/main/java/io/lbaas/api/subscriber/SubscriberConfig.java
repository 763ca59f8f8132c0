package io.lbaas.api.subscriber;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where subscribers' webhooks may point. */
@ConfigMapping(prefix = "lbaas.subscribers")
public interface SubscriberConfig {

    /**
     * Whether webhook URIs may resolve to loopback, private, link-local or cloud-metadata addresses. Never in
     * production, where they would let a tenant make us call inside our own network; tests and local runs use
     * receivers on loopback.
     */
    @WithDefault("false")
    boolean allowPrivateWebhookTargets();
}
