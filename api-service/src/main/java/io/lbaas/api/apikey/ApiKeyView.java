package io.lbaas.api.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key as its owner sees it. {@code secret_key} is there only in the answer to its creation: it is not kept
 * and cannot be shown again.
 */
public record ApiKeyView(
        UUID id,
        String accessKey,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secretKey,
        String description,
        UUID organizationId,
        List<UUID> projectIds,
        List<String> roles,
        Instant createdAt) {

    static ApiKeyView of(ApiKeyEntity key, String secret) {
        return new ApiKeyView(key.id, key.accessKey, secret, key.description, key.organizationId, key.projectIds,
                key.roles, key.createdAt);
    }
}
