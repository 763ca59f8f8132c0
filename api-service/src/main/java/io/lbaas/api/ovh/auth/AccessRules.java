package io.lbaas.api.ovh.auth;

import io.lbaas.events.ovh.OvhAccessRule;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OVH access rules: a credential may call a method on a path if one of its rules names that method and a path
 * pattern matching it, where {@code *} stands for any characters, slashes included ({@code /ipLoadbalancing/*}
 * grants everything below a service list, {@code /*} everything). Paths are compared without the query string and
 * without the API's base ({@code /1.0}).
 */
public final class AccessRules {

    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private AccessRules() {
    }

    public static boolean grants(List<OvhAccessRule> rules, String method, String path) {
        for (OvhAccessRule rule : rules) {
            if (rule.method().equalsIgnoreCase(method) && matches(rule.path(), path)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return path.matches(regex.toString());
    }
}
