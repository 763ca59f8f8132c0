package io.lbaas.api.frontend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.lbaas.api.json.LenientMillis;

import java.util.List;
import java.util.UUID;

/** Body of createFrontend and updateFrontend (a full replacement). */
public record FrontendRequest(
        String name,
        Integer inboundPort,
        UUID backendId,
        UUID certificateId,
        List<UUID> certificateIds,
        @JsonDeserialize(using = LenientMillis.class) Long timeoutClient,
        Boolean enableHttp3,
        Integer connectionRateLimit,
        Boolean enableAccessLogs) {

    static final FrontendRequest EMPTY = new FrontendRequest(null, null, null, null, null, null, null, null, null);
}
