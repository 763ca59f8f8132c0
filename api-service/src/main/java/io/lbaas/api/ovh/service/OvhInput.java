package io.lbaas.api.ovh.service;

import inet.ipaddr.IPAddress;
import io.lbaas.api.error.Addresses;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks of what OVH's clients send, shared by farms, servers and frontends; each failure is OVH's 400 naming the
 * parameter, as OVH's API words it ("Invalid parameter port: ...").
 */
public final class OvhInput {

    /** OVH's port bounds for farms, servers, probes and frontends alike. */
    public static final int MAX_PORT = 49151;
    public static final String ALL_ZONES = "all";
    public static final String UDP = "udp";
    private static final int MAX_TEXT = 255;

    private OvhInput() {
    }

    public static OvhException invalid(String parameter, String reason) {
        return OvhException.badRequest("Invalid parameter " + parameter + ": " + reason);
    }

    /** {@code http}, {@code tcp} or {@code udp} (which the data plane serves on nginx beside HAProxy). */
    public static String protocol(String protocol) {
        if (!"http".equals(protocol) && !"tcp".equals(protocol) && !UDP.equals(protocol)) {
            throw OvhException.notFound("The requested object (protocol = " + protocol + ") does not exist");
        }
        return protocol;
    }

    public static Integer port(String parameter, Integer port) {
        if (port != null && (port < 1 || port > MAX_PORT)) {
            throw invalid(parameter, "must be between 1 and " + MAX_PORT);
        }
        return port;
    }

    /**
     * {@code all} or the LB's own zone, matched regardless of case and kept as written (OVH's clients send both
     * {@code gra} and {@code GRA}): every zone of a service is the LB's one zone.
     */
    public static String zone(String zone, LbEntity lb) {
        if (zone == null || zone.isEmpty()) {
            throw invalid("zone", "is required");
        }
        String lower = zone.toLowerCase(Locale.ROOT);
        if (!lower.equals(ALL_ZONES) && !lower.equals(lb.zone)) {
            throw invalid("zone", "must be " + ALL_ZONES + " or " + lb.zone);
        }
        return zone;
    }

    /** Refuses a property the protocol's model does not have (UDP's, say), rather than ignoring it. */
    public static void absent(String protocol, String parameter, Object value) {
        if (value != null && !Boolean.FALSE.equals(value)) {
            throw invalid(parameter, "not a property of " + protocol + " objects");
        }
    }

    public static String oneOf(String parameter, String value, Collection<String> values) {
        if (value != null && !values.contains(value)) {
            throw invalid(parameter, "must be one of " + String.join(", ", values));
        }
        return value;
    }

    public static String text(String parameter, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl))) {
            throw invalid(parameter, "at most " + MAX_TEXT + " characters, on one line");
        }
        return value;
    }

    /** OVH's {@code ipBlock[]}: addresses or CIDRs; null stays null (no restriction). */
    public static List<String> blocks(String parameter, List<String> blocks) {
        if (blocks == null) {
            return null;
        }
        for (String block : blocks) {
            IPAddress address = Addresses.parse(block, true);
            if (address == null) {
                throw invalid(parameter, block + " is not an IP address or block");
            }
        }
        return List.copyOf(blocks);
    }

    /** A server's {@code ipv4}. */
    public static String ipv4(String parameter, String value) {
        IPAddress address = Addresses.parse(value, false);
        if (address == null || !address.isIPv4()) {
            throw invalid(parameter, (value == null ? "is required" : value + " is not an IPv4 address"));
        }
        return address.toCanonicalString();
    }

    public static boolean flag(Boolean value) {
        return value != null && value;
    }

    /** OVH's datetime: ISO 8601 with an offset ({@code 2024-05-13T10:21:32+02:00}); null when absent. */
    public static Instant dateTime(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "an ISO 8601 date and time with its offset");
        }
    }

    /** A LIKE pattern (escaped with a backslash) for OVH's "like" filters: values containing {@code value}. */
    public static String containing(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
