package io.lbaas.api.ovh.route;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An OVH route as clients send it, on creation and as PUT's whole model; read-only properties ({@code routeId},
 * {@code status}, {@code rules}) are ignored. {@code weight} null means 0, as OVH documents.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record RouteBody(ActionBody action, String displayName, Long frontendId, Long weight) {

    static final RouteBody EMPTY = new RouteBody(null, null, null, null);

    /** OVH's {@code RouteHttpAction} / {@code RouteTcpAction}: {@code target} is a farm id or a URL template. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record ActionBody(String type, String target, Long status) {
    }
}
