package io.lbaas.api.lb;

import java.util.List;

/** Body of {@code updateLb}: a full replacement of the settable fields. */
public record UpdateLbRequest(
        String name,
        String description,
        List<String> tags,
        SslCompatibilityLevel sslCompatibilityLevel) {
}
