package io.lbaas.notifier.delivery;

import java.util.List;
import java.util.UUID;

/**
 * A delivery a worker has claimed: the alert, and where and how to send it. {@code claim} is this claim's token;
 * {@code attempts} counts this one.
 */
public record Delivery(UUID id, UUID claim, UUID subscriberId, String channel, int attempts, Alert alert,
                       Recipient recipient) {

    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";

    /**
     * The subscriber as it is now. {@code secrets}: the one that signs, then the rotated-out one while it still
     * signs too.
     */
    public record Recipient(String email, String webhookUri, List<String> secrets, String webhookDisabledReason,
                            boolean deleted) {

        /** Why this delivery can no longer be made, whatever the receiver would say; null if it can. */
        String undeliverable(String channel) {
            if (deleted) {
                return "the subscriber was deleted";
            }
            if (WEBHOOK.equals(channel) && webhookUri == null || EMAIL.equals(channel) && email == null) {
                return "the subscriber no longer has " + (EMAIL.equals(channel) ? "an e-mail address" : "a webhook");
            }
            return WEBHOOK.equals(channel) ? webhookDisabledReason : null;
        }
    }
}
