package io.lbaas.api.ovh.route;

import io.lbaas.api.error.Addresses;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.OvhRuleSpec;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.lbaas.api.ovh.service.OvhInput.invalid;

/**
 * OVH rule bodies checked into the event contract's OvhRuleSpec, against {@link RouteCatalog}. Every pattern ends
 * in the data plane's HAProxy configuration: besides its meaning, it is refused if it has a control character, and a
 * regular expression must compile (PCRE2 there; Java's constructs that PCRE2 lacks are refused here).
 */
final class RuleSpecs {

    private static final int MAX_PATTERN = 255;
    private static final String EXISTS = "exists";
    private static final String IN = "in";
    /** A header, cookie or query parameter name: an HTTP token. */
    private static final Pattern SUB_FIELD = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,255}");
    private static final Pattern JAVA_ONLY = Pattern.compile("\\\\p\\{(java|In|Is)|&&");

    private RuleSpecs() {
    }

    static OvhRuleSpec of(String protocol, RuleBody body) {
        if (body.field() == null) {
            throw invalid("field", "is required");
        }
        RouteCatalog.Rule rule = RouteCatalog.rule(protocol, body.field()).orElseThrow(() -> invalid("field",
                "must be one of " + String.join(", ", RouteCatalog.fieldNames(protocol)) + " on " + protocol
                        + " routes"));
        if (body.match() == null) {
            throw invalid("match", "is required");
        }
        if (!rule.matches().contains(body.match())) {
            throw invalid("match", "must be one of " + String.join(", ", rule.matches()) + " for field "
                    + rule.name());
        }
        String subField = emptyToNull(body.subField());
        if (rule.hasSubField() != (subField != null)) {
            throw invalid("subField", rule.hasSubField() ? "is required for field " + rule.name()
                    + " (the header, cookie or parameter name)" : "field " + rule.name() + " has no sub-field");
        }
        if (subField != null && !SUB_FIELD.matcher(subField).matches()) {
            throw invalid("subField", "a header, cookie or parameter name (letters, digits and !#$%&'*+.^_`|~-)");
        }
        return new OvhRuleSpec(rule.name(), subField, body.match(), OvhInput.flag(body.negate()),
                pattern(rule, body.match(), emptyToNull(body.pattern())),
                OvhInput.text("displayName", body.displayName()));
    }

    private static String pattern(RouteCatalog.Rule rule, String match, String pattern) {
        if (EXISTS.equals(match)) {
            if (pattern != null) {
                throw invalid("pattern", "match exists takes no pattern");
            }
            return null;
        }
        if (pattern == null) {
            throw invalid("pattern", "is required for match " + match);
        }
        if (pattern.length() > MAX_PATTERN || pattern.chars().anyMatch(Character::isISOControl)) {
            throw invalid("pattern", "at most " + MAX_PATTERN + " characters, on one line");
        }
        List<String> values = IN.equals(match) ? List.of(pattern.split(",", -1)) : List.of(pattern);
        for (String value : values) {
            checkValue(rule, match, value.strip());
        }
        return pattern;
    }

    private static void checkValue(RouteCatalog.Rule rule, String match, String value) {
        if (value.isEmpty()) {
            throw invalid("pattern", "an empty value" + (IN.equals(match) ? " in the comma-separated list" : ""));
        }
        if ("cidr".equals(rule.pattern()) && Addresses.parse(value, true) == null) {
            throw invalid("pattern", value + " is not an IP address or block");
        }
        if (rule.values() != null && !rule.values().contains(value)) {
            throw invalid("pattern", "must be one of " + String.join(", ", rule.values()) + " for field "
                    + rule.name());
        }
        if ("matches".equals(match)) {
            regex(value);
        }
    }

    private static void regex(String value) {
        if (JAVA_ONLY.matcher(value).find()) {
            throw invalid("pattern", "a regular expression without Java-only constructs (\\p{java...}, &&)");
        }
        try {
            Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw invalid("pattern", "not a valid regular expression: " + e.getDescription());
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
