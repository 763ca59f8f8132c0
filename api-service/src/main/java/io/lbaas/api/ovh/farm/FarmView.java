package io.lbaas.api.ovh.farm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.FarmSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OVH's {@code BackendHttp} and {@code BackendTcp}, which have the same properties, and {@code BackendUdp}, which
 * has no balance, probe or stickiness; nullable properties are sent as null.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FarmView(
        String displayName,
        long farmId,
        Integer port,
        Long vrackNetworkId,
        String zone,
        @JsonIgnore Map<String, Object> balancing) {

    static FarmView of(FarmEntity farm, FarmSpec spec) {
        Map<String, Object> balancing = new LinkedHashMap<>();
        if (!OvhInput.UDP.equals(farm.protocol)) {
            balancing.put("balance", spec.balance());
            balancing.put("probe", ProbeBody.of(spec.probe()));
            balancing.put("stickiness", spec.stickiness());
        }
        return new FarmView(spec.displayName(), farm.farmId, spec.port(), null, spec.zone(), balancing);
    }

    /** The http and tcp properties, beside the others rather than in an object of their own. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> balancing() {
        return balancing;
    }
}
