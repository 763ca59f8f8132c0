package io.lbaas.api.ovh.route;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An OVH rule as clients send it, on creation and as PUT's whole model ({@code ruleId} is ignored). */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record RuleBody(String field, String subField, String match, Boolean negate, String pattern,
                       String displayName) {

    static final RuleBody EMPTY = new RuleBody(null, null, null, null, null, null);
}
