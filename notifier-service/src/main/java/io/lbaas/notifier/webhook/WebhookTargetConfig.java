package io.lbaas.notifier.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The same setting as the API's: where subscribers' webhooks may point. */
@ConfigMapping(prefix = "lbaas.subscribers")
public interface WebhookTargetConfig {

    /**
     * Whether webhooks may be sent to loopback, private, link-local or cloud-metadata addresses. Never in
     * production; tests and local runs have their receivers on loopback.
     */
    @WithDefault("false")
    boolean allowPrivateWebhookTargets();
}
