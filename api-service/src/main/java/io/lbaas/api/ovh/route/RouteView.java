package io.lbaas.api.ovh.route;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OVH's {@code RouteHttp} and {@code RouteTcp}. A route is {@code ok} as soon as it is staged: like every object of
 * the service, it runs once a refresh applies it. The action is a map because {@code RouteTcpAction} has no status.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RouteView(Map<String, Object> action, String displayName, Long frontendId, long routeId,
                        List<RuleView.Embedded> rules, String status, long weight) {

    static final String OK = "ok";

    /** {@code target}: the farm's OVH id as a string, or the URL template; null for a reject. */
    static Map<String, Object> action(String protocol, String type, String target, Integer status) {
        Map<String, Object> action = new LinkedHashMap<>();
        if ("http".equals(protocol)) {
            action.put("status", status);
        }
        action.put("target", target);
        action.put("type", type);
        return action;
    }
}
