package io.lbaas.api.ovh.frontend;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * An OVH frontend as clients send it, on creation and as PUT's whole model (http and tcp; hsts, httpHeader and
 * redirectLocation mean something on http only); read-only properties ({@code frontendId}, vRack ids) are ignored.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record FrontendBody(
        String zone,
        String port,
        Long defaultFarmId,
        Long defaultSslId,
        List<String> allowedSource,
        List<String> deniedSource,
        List<String> dedicatedIpfo,
        Boolean disabled,
        String displayName,
        Boolean ssl,
        Boolean hsts,
        List<String> httpHeader,
        String redirectLocation) {

    static final FrontendBody EMPTY = new FrontendBody(null, null, null, null, null, null, null, null, null, null,
            null, null, null);
}
