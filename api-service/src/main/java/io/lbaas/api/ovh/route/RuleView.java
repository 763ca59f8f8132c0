package io.lbaas.api.ovh.route;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.events.ovh.OvhRuleSpec;

/** OVH's {@code RouteRule.RouteRule}: a rule on its own, with its display name. */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleView(String displayName, String field, String match, boolean negate, String pattern, long ruleId,
                       String subField) {

    static RuleView of(long ruleId, OvhRuleSpec spec) {
        return new RuleView(spec.displayName(), spec.field(), spec.match(), spec.negate(), spec.pattern(), ruleId,
                spec.subField());
    }

    /** OVH's {@code RouteRule}, as a route's {@code rules[]} holds it: the same without the display name. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Embedded(String field, String match, boolean negate, String pattern, long ruleId,
                           String subField) {

        static Embedded of(long ruleId, OvhRuleSpec spec) {
            return new Embedded(spec.field(), spec.match(), spec.negate(), spec.pattern(), ruleId, spec.subField());
        }
    }
}
