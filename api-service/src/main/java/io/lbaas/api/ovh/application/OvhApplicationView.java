package io.lbaas.api.ovh.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * An OVH application as its owner sees it. {@code application_secret} is there only in the answer to its creation,
 * as OVH shows it: the API keeps it encrypted to check signatures, but never shows it again.
 */
public record OvhApplicationView(
        UUID id,
        String applicationKey,
        @JsonInclude(JsonInclude.Include.NON_NULL) String applicationSecret,
        String name,
        String description,
        UUID organizationId,
        Instant createdAt) {

    static OvhApplicationView of(OvhApplicationEntity application, String secret) {
        return new OvhApplicationView(application.id, application.applicationKey, secret, application.name,
                application.description, application.organizationId, application.createdAt);
    }
}
