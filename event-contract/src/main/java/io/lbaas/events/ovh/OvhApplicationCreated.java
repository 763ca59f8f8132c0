package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/**
 * A Keycloak identity registered an application for OVH's clients: its application key (public) and its application
 * secret, which the API needs back to check each request's SHA-1 signature. The secret is therefore not hashed but
 * encrypted with a key only the API holds ({@code secretCiphertext}, {@code v1:} AES-256-GCM, base64 of nonce and
 * ciphertext); neither the log nor the read models show it in clear.
 */
@EventType(name = "OvhApplicationCreated", version = 1, aggregate = OvhEvents.APPLICATION)
public record OvhApplicationCreated(
        String applicationKey,
        String secretCiphertext,
        String name,
        String description,
        String subject,
        String subjectName,
        String subjectType) implements EventPayload {
}
