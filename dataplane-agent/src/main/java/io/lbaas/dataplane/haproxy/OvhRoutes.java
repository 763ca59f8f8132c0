package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.OvhRouteConfig;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteEvents;
import io.lbaas.events.ovh.OvhRuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An OVH frontend's routes, given in OVH's evaluation order: one ACL per rule, a route's condition being all its
 * rules (AND, {@code !} for a negated one). Reject and redirect routes are {@code http-request} (or {@code
 * tcp-request content}) rules, which HAProxy applies before any {@code use_backend}: OVH's "reject and redirect
 * first" holds by construction, and within each kind the lines keep the given order, so the first match wins.
 *
 * @param definitions what follows {@code acl}
 * @param rules       the reject and redirect lines
 * @param switching   the farm routes' {@code use_backend} lines
 * @param inspect     whether a tcp frontend must wait for the TLS hello (SNI or protocol rules)
 */
record OvhRoutes(List<String> definitions, List<String> rules, List<String> switching, boolean inspect) {

    /** OVH's redirect template variables as HAProxy log-format expressions. */
    private static final Map<String, String> VARIABLES = Map.of(
            "protocol", "%[ssl_fc,iif(https,http)]",
            "domain", "%[req.hdr(host),field(1,:)]",
            "host", "%[req.hdr(host)]",
            "port", "%[dst_port]",
            "path", "%[path]",
            "arguments", "%[query]",
            "uri", "%[url]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z]+)}");
    private static final Map<String, String> MATCHES = Map.of("is", "str", "in", "str", "contains", "sub",
            "startswith", "beg", "endswith", "end", "matches", "reg");

    /** {@code farmRendered}: whether a farm is in this configuration (a route to another one is left out). */
    static OvhRoutes of(List<OvhRouteConfig> routes, boolean http, Predicate<UUID> farmRendered) {
        List<String> definitions = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<String> switching = new ArrayList<>();
        boolean inspect = false;
        for (OvhRouteConfig route : routes) {
            List<String> condition = new ArrayList<>();
            for (OvhRouteConfig.Rule rule : route.rules()) {
                String name = "ovh_route_" + route.routeId() + "_rule_" + rule.ruleId();
                definitions.add(name + " " + test(rule.spec(), http));
                condition.add((rule.spec().negate() ? "!" : "") + name);
                inspect |= !http && !"source".equals(rule.spec().field());
            }
            String suffix = condition.isEmpty() ? "" : " if " + String.join(" ", condition);
            OvhRouteAction action = route.spec().action();
            switch (action.type()) {
                case OvhRouteEvents.FARM -> switching.add(farmRendered.test(action.farm())
                        ? "use_backend " + HaproxyNames.backend(action.farm()) + suffix
                        : "# route " + route.routeId() + " not applied: its farm is not in this configuration");
                case OvhRouteEvents.REDIRECT -> rules.add("http-request redirect location "
                        + HaproxyText.quoted(location(action.location())) + " code " + action.status() + suffix);
                default -> rules.add(http ? "http-request deny deny_status " + action.status() + suffix
                        : "tcp-request content reject" + suffix);
            }
        }
        return new OvhRoutes(definitions, rules, switching, inspect);
    }

    /** What follows the ACL's name: the field's sample, then the operator and the patterns. */
    private static String test(OvhRuleSpec rule, boolean http) {
        String sample = sample(rule, http);
        if ("exists".equals(rule.match())) {
            return sample + " -m found";
        }
        List<String> values = "in".equals(rule.match())
                ? List.of(rule.pattern().split(",", -1)).stream().map(String::strip).toList()
                : List.of(rule.pattern());
        boolean caseless = "host".equals(rule.field()) || "sni".equals(rule.field());
        // src matches addresses and blocks by default; every other sample is a string.
        String operator = "source".equals(rule.field()) ? "" : (caseless ? " -i" : "") + " -m "
                + MATCHES.get(rule.match());
        return sample + operator + " --" + values.stream().map(value -> " " + HaproxyText.quoted(value))
                .collect(Collectors.joining());
    }

    private static String sample(OvhRuleSpec rule, boolean http) {
        return switch (rule.field()) {
            case "source" -> "src";
            case "protocol" -> http ? "ssl_fc,iif(https,http)" : "req.ssl_hello_type,bool,iif(tls,tcp)";
            case "method" -> "method";
            // The Host header may carry a port, which the tenant's name does not.
            case "host" -> "req.hdr(host),field(1,:)";
            case "uri" -> "path";
            case "param" -> HaproxyText.call("url_param", rule.subField());
            case "header" -> HaproxyText.call("req.hdr", rule.subField());
            case "cookie" -> HaproxyText.call("req.cook", rule.subField());
            case "sni" -> "req.ssl_sni";
            default -> throw new IllegalArgumentException("no OVH rule field " + rule.field());
        };
    }

    /** OVH's URL template as a log-format: its variables become samples, any other {@code %} is literal. */
    private static String location(String template) {
        StringBuilder format = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int from = 0;
        while (variable.find()) {
            format.append(literal(template.substring(from, variable.start())))
                    .append(VARIABLES.getOrDefault(variable.group(1), ""));
            from = variable.end();
        }
        return format.append(literal(template.substring(from))).toString();
    }

    private static String literal(String text) {
        return text.replace("%", "%%");
    }
}
