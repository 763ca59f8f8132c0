package io.lbaas.dataplane.haproxy;

import io.lbaas.events.acl.AclSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A frontend's ACLs as HAProxy named ACLs and the rules that act on them, in the ACLs' order so that the first ACL
 * that matches decides. Patterns come after {@code --} so that no tenant value can be read as a flag such as
 * {@code -f file}.
 *
 * @param definitions what follows {@code acl} on each definition line
 * @param rules       whole rule lines, or comments for ACLs HAProxy cannot apply in this mode
 */
record AclRules(List<String> definitions, List<String> rules) {

    private static final Map<String, String> PATH_FETCHES = Map.of(
            "path_begin", "path_beg", "path_end", "path_end", "regex", "path_reg");

    private static final Map<String, String> REDIRECT_PLACEHOLDERS = Map.of(
            "{{host}}", "%[req.hdr(host)]", "{{query}}", "%[query]", "{{path}}", "%[path]",
            "{{scheme}}", "%[ssl_fc,iif(https,http)]");

    /** One named part of a match: {@code acl <name> <test>}. */
    private record Part(String name, String test) {
    }

    static AclRules of(List<AclSpec> acls, boolean http) {
        List<String> definitions = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (int position = 0; position < acls.size(); position++) {
            AclSpec acl = acls.get(position);
            String name = "acl_" + position;
            List<Part> matches = matches(name, acl.match(), http);
            String unsupported = unsupported(acl, matches, http);
            if (unsupported != null) {
                rules.add("# ACL " + acl.index() + " not applied: " + unsupported);
                continue;
            }
            matches.forEach(part -> definitions.add(part.name() + " " + part.test()));
            rules.add(action(acl.action(), http) + " if " + condition(matches, acl.match().invert()));
        }
        return new AclRules(definitions, rules);
    }

    /** Definitions of the parts of the match, each named after the ACL; they all must hold. */
    private static List<Part> matches(String name, AclSpec.Match match, boolean http) {
        List<Part> matches = new ArrayList<>();
        if (match.ipSubnet() != null && !match.ipSubnet().isEmpty()) {
            matches.add(new Part(name + "_src", "src --" + words(match.ipSubnet())));
        }
        if (http && hasHttpFilter(match)) {
            matches.add(new Part(name + "_http", httpFetch(match) + " --" + words(match.httpFilterValue())));
        }
        return matches;
    }

    private static String unsupported(AclSpec acl, List<Part> matches, boolean http) {
        if (!http && hasHttpFilter(acl.match())) {
            return "HTTP filters need an HTTP backend";
        }
        if (!http && "redirect".equals(acl.action().type())) {
            return "redirects need an HTTP backend";
        }
        return matches.isEmpty() ? "Edge Services IPs are not known to this data plane" : null;
    }

    private static boolean hasHttpFilter(AclSpec.Match match) {
        return match.httpFilter() != null && !"acl_http_filter_none".equals(match.httpFilter())
                && match.httpFilterValue() != null && !match.httpFilterValue().isEmpty();
    }

    private static String httpFetch(AclSpec.Match match) {
        if ("http_header_match".equals(match.httpFilter())) {
            return HaproxyText.call("req.hdr", match.httpFilterOption()) + " -m str";
        }
        return PATH_FETCHES.get(match.httpFilter());
    }

    /** HAProxy ANDs the names of a condition; inverting the whole match takes De Morgan's ORs of negations. */
    private static String condition(List<Part> matches, boolean invert) {
        List<String> names = matches.stream().map(Part::name).toList();
        return invert ? names.stream().map(name -> "!" + name).collect(Collectors.joining(" || "))
                : String.join(" ", names);
    }

    private static String action(AclSpec.Action action, boolean http) {
        return switch (action.type()) {
            case "deny" -> http ? "http-request deny deny_status 403" : "tcp-request connection reject";
            case "redirect" -> redirect(action.redirect());
            default -> http ? "http-request allow" : "tcp-request connection accept";
        };
    }

    private static String redirect(AclSpec.Redirect redirect) {
        int code = redirect.code() == null ? 302 : redirect.code();
        if ("scheme".equals(redirect.type())) {
            return "http-request redirect scheme " + HaproxyText.logFormat(urlSafe(redirect.target())) + " code "
                    + code;
        }
        String location = HaproxyText.logFormat(urlSafe(redirect.target()));
        for (Map.Entry<String, String> placeholder : REDIRECT_PLACEHOLDERS.entrySet()) {
            location = location.replace(placeholder.getKey(), placeholder.getValue());
        }
        return "http-request redirect location " + location + " code " + code;
    }

    /** Control characters have no place in a URL and would split the Location header: percent-encoded. */
    private static String urlSafe(String target) {
        StringBuilder url = new StringBuilder();
        target.chars().forEach(c -> url.append(c < 0x20 || c == 0x7f ? String.format("%%%02X", c) : (char) c));
        return url.toString();
    }

    private static String words(List<String> values) {
        return values.stream().map(value -> " " + HaproxyText.quoted(value)).collect(Collectors.joining());
    }
}
