package io.lbaas.dataplane.haproxy;

import io.lbaas.events.ovh.FarmProbe;

import java.util.ArrayList;
import java.util.List;

/**
 * An OVH probe as the backend directives of an HAProxy health check: each OVH probe type is the HAProxy check of the
 * same name (OVH runs HAProxy too), and its match is an {@code expect} rule, inverted with {@code !} for negate.
 */
final class FarmProbes {

    /** HAProxy's pgsql check must name a user; OVH's probe has none to give. */
    private static final String PGSQL_USER = "lbaas-probe";

    private FarmProbes() {
    }

    static List<String> backendLines(FarmProbe probe) {
        String type = probe == null || probe.type() == null ? "tcp" : probe.type();
        return switch (type) {
            case "http" -> http(probe);
            case "smtp" -> List.of("option smtpchk");
            case "mysql" -> List.of("option mysql-check");
            case "pgsql" -> List.of("option pgsql-check user " + HaproxyText.quoted(PGSQL_USER));
            case "tcp" -> tcp(probe);
            default -> List.of();
        };
    }

    /** The port the servers' checks go to, when not their own: the probe's, or the fixed one of oco. */
    static Integer port(FarmProbe probe, int ocoPort) {
        if (probe == null) {
            return null;
        }
        return "oco".equals(probe.type()) ? Integer.valueOf(ocoPort) : probe.port();
    }

    private static List<String> tcp(FarmProbe probe) {
        String expect = expect(probe, "string", "rstring");
        return expect == null ? List.of() : List.of("option tcp-check", "tcp-check " + expect);
    }

    private static List<String> http(FarmProbe probe) {
        // "[www.example.com]/path/to/check", protocol ignored, as OVH's model says.
        String url = probe.url() == null ? "/" : probe.url().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int slash = url.indexOf('/');
        String host = slash == 0 ? null : (slash < 0 ? url : url.substring(0, slash));
        String path = slash < 0 ? "/" : url.substring(slash);
        String send = "http-check send meth " + (probe.method() == null ? "GET" : probe.method()) + " uri "
                + HaproxyText.quoted(path);
        // Without a Host to send, HTTP/1.0 is the only version the request is valid in.
        if (host != null && !host.isEmpty()) {
            send += " ver HTTP/1.1 hdr Host " + HaproxyText.logFormat(host);
        }
        List<String> lines = new ArrayList<>(List.of("option httpchk", send));
        String expect = "status".equals(probe.match()) ? "expect " + negation(probe) + "status " + probe.pattern()
                : expect(probe, "string", "rstring");
        if (expect != null) {
            lines.add("http-check " + expect);
        }
        return lines;
    }

    /** {@code expect [!] string|rstring "pattern"} for contains and matches; null for default (or none). */
    private static String expect(FarmProbe probe, String contains, String matches) {
        if (probe == null || probe.match() == null) {
            return null;
        }
        return switch (probe.match()) {
            case "contains" -> "expect " + negation(probe) + contains + " " + HaproxyText.quoted(probe.pattern());
            case "matches" -> "expect " + negation(probe) + matches + " " + HaproxyText.quoted(probe.pattern());
            default -> null;
        };
    }

    private static String negation(FarmProbe probe) {
        return Boolean.TRUE.equals(probe.negate()) ? "! " : "";
    }
}
