package io.lbaas.api.ovh.frontend;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.OvhFrontendSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVH's {@code FrontendHttp} and {@code FrontendTcp} (the same properties, and on http {@code hsts},
 * {@code httpHeader} and {@code redirectLocation} besides) and {@code FrontendUdp} (no source lists, SSL or vRack).
 * Nullable properties are sent as null.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OvhFrontendView(
        List<String> dedicatedIpfo,
        Long defaultFarmId,
        boolean disabled,
        String displayName,
        long frontendId,
        String port,
        String zone,
        @JsonIgnore Map<String, Object> byProtocol) {

    static OvhFrontendView of(OvhFrontendEntity frontend, OvhFrontendSpec spec, Long defaultFarmId,
                              Long defaultSslId) {
        Map<String, Object> byProtocol = new LinkedHashMap<>();
        if (!OvhInput.UDP.equals(frontend.protocol)) {
            byProtocol.put("allowedSource", spec.allowedSource());
            byProtocol.put("defaultSslId", defaultSslId);
            byProtocol.put("deniedSource", spec.deniedSource());
            byProtocol.put("ssl", spec.ssl());
            byProtocol.put("vrackNetworkId", null);
            byProtocol.put("vrackVrouterId", null);
        }
        if ("http".equals(frontend.protocol)) {
            byProtocol.put("hsts", spec.hsts());
            byProtocol.put("httpHeader", spec.httpHeader());
            byProtocol.put("redirectLocation", spec.redirectLocation());
        }
        return new OvhFrontendView(spec.dedicatedIpfo(), defaultFarmId, spec.disabled(), spec.displayName(),
                frontend.frontendId, spec.port(), spec.zone(), byProtocol);
    }

    /** The properties of http and tcp frontends, beside the others rather than in an object of their own. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> byProtocol() {
        return byProtocol;
    }
}
