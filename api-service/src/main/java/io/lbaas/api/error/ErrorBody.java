package io.lbaas.api.error;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Scaleway's error shape, keys in alphabetical order as its documentation shows them. {@code type} decides
 * which typed error Scaleway's SDKs raise; each type has the fields its SDK class requires (for example
 * {@code resource} and {@code resource_id} for {@code not_found}).
 */
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
        String type,
        String message,
        String resource,
        String resourceId,
        String currentState,
        String method,
        String reason,
        String precondition,
        String helpMessage,
        List<?> details) {

    /** One argument of {@code invalid_arguments}: reason is required, format, constraint or unknown. */
    public record InvalidArgument(String argumentName, String reason, String helpMessage) {
    }

    /** One detail of {@code quotas_exceeded}; {@code project_id} when the quota is the project's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quota(String resource, long quota, long current, String projectId) {
    }

    /** One detail of {@code permissions_denied}. */
    public record Permission(String resource, String action) {
    }
}
