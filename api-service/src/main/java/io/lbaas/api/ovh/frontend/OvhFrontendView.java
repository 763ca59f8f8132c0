package io.lbaas.api.ovh.frontend;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.events.ovh.OvhFrontendSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVH's {@code FrontendHttp} and {@code FrontendTcp}: the same properties, and on http {@code hsts},
 * {@code httpHeader} and {@code redirectLocation} besides. Nullable properties are sent as null.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OvhFrontendView(
        List<String> allowedSource,
        List<String> dedicatedIpfo,
        Long defaultFarmId,
        Long defaultSslId,
        List<String> deniedSource,
        boolean disabled,
        String displayName,
        long frontendId,
        String port,
        boolean ssl,
        Long vrackNetworkId,
        Long vrackVrouterId,
        String zone,
        @JsonIgnore Map<String, Object> httpOnly) {

    static OvhFrontendView of(OvhFrontendEntity frontend, OvhFrontendSpec spec, Long defaultFarmId,
                              Long defaultSslId) {
        Map<String, Object> httpOnly = new LinkedHashMap<>();
        if ("http".equals(frontend.protocol)) {
            httpOnly.put("hsts", spec.hsts());
            httpOnly.put("httpHeader", spec.httpHeader());
            httpOnly.put("redirectLocation", spec.redirectLocation());
        }
        return new OvhFrontendView(spec.allowedSource(), spec.dedicatedIpfo(), defaultFarmId, defaultSslId,
                spec.deniedSource(), spec.disabled(), spec.displayName(), frontend.frontendId, spec.port(),
                spec.ssl(), null, null, spec.zone(), httpOnly);
    }

    /** The http-only properties, beside the others rather than in an object of their own. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> httpOnly() {
        return httpOnly;
    }
}
