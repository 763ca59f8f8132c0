package io.lbaas.api.ovh.farm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.events.ovh.FarmSpec;

/** OVH's {@code BackendHttp} and {@code BackendTcp}, which have the same properties; nullable ones are sent as null. */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FarmView(
        String balance,
        String displayName,
        long farmId,
        Integer port,
        ProbeBody probe,
        String stickiness,
        Long vrackNetworkId,
        String zone) {

    static FarmView of(FarmEntity farm, FarmSpec spec) {
        return new FarmView(spec.balance(), spec.displayName(), farm.farmId, spec.port(), ProbeBody.of(spec.probe()),
                spec.stickiness(), null, spec.zone());
    }
}
