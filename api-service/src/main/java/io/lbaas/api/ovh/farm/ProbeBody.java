package io.lbaas.api.ovh.farm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.events.ovh.FarmProbe;

/** OVH's {@code ipLoadbalancing.BackendProbe}, in and out; every property nullable and sent as null. */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProbeBody(
        Boolean forceSsl,
        Integer interval,
        String match,
        String method,
        Boolean negate,
        String pattern,
        Integer port,
        String type,
        String url) {

    static ProbeBody of(FarmProbe probe) {
        return probe == null ? null : new ProbeBody(probe.forceSsl(), probe.interval(), probe.match(),
                probe.method(), probe.negate(), probe.pattern(), probe.port(), probe.type(), probe.url());
    }
}
