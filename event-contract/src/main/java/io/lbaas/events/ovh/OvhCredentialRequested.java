package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;
import java.util.UUID;

/**
 * An application asked for a consumer key ({@code POST /auth/credential}): it is pending until a user validates it.
 * Only the SHA-256 of the consumer key is kept: the key is sent in clear with each request, so the API never needs it
 * back.
 */
@EventType(name = "OvhCredentialRequested", version = 1, aggregate = OvhEvents.CREDENTIAL)
public record OvhCredentialRequested(
        UUID applicationId,
        String consumerKeySha256,
        List<OvhAccessRule> accessRules,
        String redirection) implements EventPayload {
}
