package io.lbaas.api.ovh.route;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Optional;

/**
 * What routes may do and test here, per protocol: the one list both the checks of routes and rules and OVH's
 * {@code availableRouteActions} / {@code availableRouteRules} read, so that what the API announces is what it
 * accepts. The data plane renders each of these (see the agent's OvhRoutes).
 */
final class RouteCatalog {

    static final List<Long> REDIRECT_STATUSES = List.of(301L, 302L, 303L, 307L, 308L);
    static final long DEFAULT_REDIRECT_STATUS = 302;
    /** The statuses HAProxy 2.6's {@code deny_status} can answer among OVH's documented ones. */
    static final List<Long> REJECT_STATUSES = List.of(200L, 400L, 403L, 405L, 408L, 429L, 500L, 502L, 503L, 504L);
    static final long DEFAULT_REJECT_STATUS = 403;

    /** Every operator but {@code internal}, which OVH reserves for itself. */
    static final List<String> STRING_MATCHES = List.of("contains", "endswith", "exists", "in", "is", "matches",
            "startswith");
    private static final List<String> SET_MATCHES = List.of("in", "is");
    static final List<String> METHODS = List.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST",
            "PUT", "TRACE");

    /** OVH's {@code RouteAvailableAction}; {@code destination} is what {@code target} holds. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Action(String destination, String name, List<Long> status, String type) {
    }

    /** OVH's {@code RouteAvailableRule}; {@code pattern} names what the pattern is ("cidr", "enum", "string"). */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rule(@JsonProperty("enum") List<String> values, boolean hasSubField, List<String> matches,
                       String name, String pattern, String type) {
    }

    static final List<Action> ACTIONS = List.of(
            new Action("farm", "farm", null, "http"),
            new Action("string", "redirect", REDIRECT_STATUSES, "http"),
            new Action(null, "reject", REJECT_STATUSES, "http"),
            new Action("farm", "farm", null, "tcp"),
            new Action(null, "reject", null, "tcp"));

    static final List<Rule> RULES = List.of(
            new Rule(null, false, SET_MATCHES, "source", "cidr", "http"),
            new Rule(List.of("http", "https"), false, SET_MATCHES, "protocol", "enum", "http"),
            new Rule(METHODS, false, SET_MATCHES, "method", "enum", "http"),
            new Rule(null, false, STRING_MATCHES, "host", "string", "http"),
            new Rule(null, false, STRING_MATCHES, "uri", "string", "http"),
            new Rule(null, true, STRING_MATCHES, "param", "string", "http"),
            new Rule(null, true, STRING_MATCHES, "header", "string", "http"),
            new Rule(null, true, STRING_MATCHES, "cookie", "string", "http"),
            new Rule(null, false, SET_MATCHES, "source", "cidr", "tcp"),
            new Rule(List.of("tcp", "tls"), false, SET_MATCHES, "protocol", "enum", "tcp"),
            new Rule(null, false, STRING_MATCHES, "sni", "string", "tcp"));

    private RouteCatalog() {
    }

    static Optional<Action> action(String protocol, String type) {
        return ACTIONS.stream().filter(action -> action.type().equals(protocol) && action.name().equals(type))
                .findFirst();
    }

    static Optional<Rule> rule(String protocol, String field) {
        return RULES.stream().filter(rule -> rule.type().equals(protocol) && rule.name().equals(field)).findFirst();
    }

    static List<String> actionNames(String protocol) {
        return ACTIONS.stream().filter(action -> action.type().equals(protocol)).map(Action::name).toList();
    }

    static List<String> fieldNames(String protocol) {
        return RULES.stream().filter(rule -> rule.type().equals(protocol)).map(Rule::name).toList();
    }
}
