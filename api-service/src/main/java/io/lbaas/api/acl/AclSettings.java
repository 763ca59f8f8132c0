package io.lbaas.api.acl;

import inet.ipaddr.IPAddress;
import io.lbaas.api.error.Addresses;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.acl.AclSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns what a client sent into an ACL's settings, with Scaleway's defaults: no subnet means every client
 * ({@code 0.0.0.0/0}, as the live API answers), a redirect answers 302 unless told otherwise.
 */
final class AclSettings {

    private static final int MAX_NAME = 255;
    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_VALUES = 100;
    private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");

    private AclSettings() {
    }

    /**
     * {@code at}: where the ACL is in the request ("" for a body that is one ACL, "acls[2]." in setAcls), so that
     * problems name the argument. {@code creating}: a missing name is generated, as Scaleway's SDK does.
     */
    static AclSpec of(AclRequest request, boolean creating, String at, Arguments arguments) {
        String name = creating && (request.name() == null || request.name().isEmpty())
                ? "acl-" + UUID.randomUUID().toString().substring(0, 8)
                : arguments.text(at + "name", request.name(), MAX_NAME);
        String description = request.description() == null ? ""
                : arguments.optionalText(at + "description", request.description(), MAX_DESCRIPTION);
        if (request.index() == null) {
            arguments.problem(at + "index", Arguments.REQUIRED, "the ACL's place: ACLs apply in ascending index");
        }
        int index = arguments.bounded(at + "index", request.index(), 0, 0, Integer.MAX_VALUE);
        return new AclSpec(name, description, index, action(request.action(), at + "action.", arguments),
                match(request.match(), at + "match.", arguments));
    }

    private static AclSpec.Action action(AclRequest.Action action, String at, Arguments arguments) {
        if (action == null || action.type() == null) {
            arguments.problem(at + "type", Arguments.REQUIRED, "allow, deny or redirect");
            return new AclSpec.Action("allow", null);
        }
        if (action.type() != AclEnums.ActionType.REDIRECT) {
            if (action.redirect() != null) {
                arguments.problem(at + "redirect", Arguments.CONSTRAINT, "only a redirect action redirects");
            }
            return new AclSpec.Action(action.type().wire(), null);
        }
        return new AclSpec.Action(action.type().wire(), redirect(action.redirect(), at + "redirect.", arguments));
    }

    private static AclSpec.Redirect redirect(AclRequest.Redirect redirect, String at, Arguments arguments) {
        if (redirect == null) {
            arguments.problem(at + "target", Arguments.REQUIRED, "a redirect action needs a target");
            return null;
        }
        AclEnums.RedirectType type = redirect.type() == null ? AclEnums.RedirectType.LOCATION : redirect.type();
        String target = arguments.text(at + "target", redirect.target(), 2048);
        if (target != null && type == AclEnums.RedirectType.SCHEME && !target.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            arguments.problem(at + "target", Arguments.FORMAT, "a scheme redirect names a scheme, such as https");
        }
        if (target != null && target.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            arguments.problem(at + "target", Arguments.FORMAT, "must not contain spaces or control characters");
        }
        int code = redirect.code() == null ? 302 : redirect.code();
        if (!REDIRECT_CODES.contains(code)) {
            arguments.problem(at + "code", Arguments.CONSTRAINT, "one of 301, 302, 303, 307 and 308");
        }
        return new AclSpec.Redirect(type.wire(), target, code);
    }

    private static AclSpec.Match match(AclRequest.Match match, String at, Arguments arguments) {
        AclRequest.Match given = match == null ? new AclRequest.Match(null, null, null, null, null, null) : match;
        AclEnums.HttpFilter filter = given.httpFilter() == null ? AclEnums.HttpFilter.ACL_HTTP_FILTER_NONE
                : given.httpFilter();
        List<String> values = values(given.httpFilterValue(), filter, at + "http_filter_value", arguments);
        String option = given.httpFilterOption();
        if (filter == AclEnums.HttpFilter.HTTP_HEADER_MATCH) {
            if (option == null || !HEADER_NAME.matcher(option).matches()) {
                arguments.problem(at + "http_filter_option", Arguments.REQUIRED,
                        "the name of the HTTP header to match");
            }
        } else if (option != null && !option.isEmpty()) {
            arguments.problem(at + "http_filter_option", Arguments.CONSTRAINT,
                    "only http_header_match names a header");
        }
        return new AclSpec.Match(subnets(given.ipSubnet(), at + "ip_subnet", arguments),
                Boolean.TRUE.equals(given.ipsEdgeServices()), filter.wire(), values,
                filter == AclEnums.HttpFilter.HTTP_HEADER_MATCH ? option : null, Boolean.TRUE.equals(given.invert()));
    }

    /** IPs and CIDRs of either family, in canonical form; none means every client. */
    private static List<String> subnets(List<String> given, String at, Arguments arguments) {
        if (given == null || given.isEmpty()) {
            return List.of("0.0.0.0/0");
        }
        if (given.size() > MAX_VALUES) {
            arguments.problem(at, Arguments.CONSTRAINT, "at most " + MAX_VALUES + " subnets");
        }
        List<String> subnets = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IPAddress address = Addresses.parse(given.get(i), true);
            if (address == null) {
                arguments.problem(at + "[" + i + "]", Arguments.FORMAT, "must be an IP address or a CIDR");
            } else {
                subnets.add(address.isPrefixed() ? address.toPrefixBlock().toCanonicalString()
                        : address.toCanonicalString());
            }
        }
        return List.copyOf(subnets);
    }

    private static List<String> values(List<String> given, AclEnums.HttpFilter filter, String at,
                                       Arguments arguments) {
        List<String> values = given == null ? List.of() : given;
        if (filter == AclEnums.HttpFilter.ACL_HTTP_FILTER_NONE) {
            if (!values.isEmpty()) {
                arguments.problem(at, Arguments.CONSTRAINT, "values need an http_filter");
            }
            return List.of();
        }
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            arguments.problem(at, Arguments.REQUIRED, "1 to " + MAX_VALUES + " values to match");
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isEmpty() || value.length() > 1024
                    || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                arguments.problem(at + "[" + i + "]", Arguments.FORMAT,
                        "1 to 1024 characters, no control characters");
            } else {
                if (filter == AclEnums.HttpFilter.REGEX) {
                    requireRegex(value, at + "[" + i + "]", arguments);
                }
                valid.add(value);
            }
        }
        return List.copyOf(valid);
    }

    private static void requireRegex(String value, String at, Arguments arguments) {
        try {
            Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            arguments.problem(at, Arguments.FORMAT, "not a regular expression: " + e.getDescription());
        }
    }
}
