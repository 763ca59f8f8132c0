package io.lbaas.api.ovh.farm;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An OVH farm as clients send it, on creation and as PUT's whole model; read-only properties ({@code farmId}, and
 * {@code zone} on PUT) are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record FarmBody(
        String zone,
        Integer port,
        String balance,
        String stickiness,
        ProbeBody probe,
        String displayName,
        Long vrackNetworkId) {

    static final FarmBody EMPTY = new FarmBody(null, null, null, null, null, null, null);
}
