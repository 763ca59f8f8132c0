package io.lbaas.events.apikey;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;
import java.util.UUID;

/**
 * A Keycloak identity created an API key for Scaleway's clients ({@code X-Auth-Token}). The key acts as that
 * identity with the projects and roles it had then. Only a SHA-256 hash of the secret is kept, here and anywhere.
 */
@EventType(name = "ApiKeyCreated", version = 1, aggregate = ApiKeyEvents.AGGREGATE)
public record ApiKeyCreated(
        String accessKey,
        String secretSha256,
        String description,
        String subject,
        String subjectName,
        String subjectType,
        List<UUID> projectIds,
        List<String> roles) implements EventPayload {
}
