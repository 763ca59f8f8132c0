package io.lbaas.api.lb;

import java.util.List;
import java.util.UUID;

/** Body of {@code createLb}. Fields the caller omits are null and get Scaleway's defaults. */
public record CreateLbRequest(
        String name,
        String description,
        String type,
        List<String> tags,
        UUID projectId,
        UUID organizationId,
        SslCompatibilityLevel sslCompatibilityLevel,
        Boolean assignFlexibleIp,
        Boolean assignFlexibleIpv6,
        UUID ipId,
        List<UUID> ipIds) {

    static final CreateLbRequest EMPTY = new CreateLbRequest(null, null, null, null, null, null, null, null, null,
            null, null);
}
