package io.lbaas.api.ovh.farm;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.FarmProbe;
import io.lbaas.events.ovh.FarmSpec;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.lbaas.api.ovh.service.OvhInput.invalid;
import static io.lbaas.api.ovh.service.OvhInput.oneOf;

/**
 * OVH farm bodies checked against OVH's enums (per protocol) and the probe rules of OVH's probe guide, into the
 * event contract's FarmSpec. Values are kept as sent: OVH answers nulls back rather than its defaults.
 */
final class FarmSpecs {

    static final Map<String, List<String>> BALANCES = Map.of(
            "http", List.of("first", "leastconn", "roundrobin", "source", "uri"),
            "tcp", List.of("first", "leastconn", "roundrobin", "source"));
    static final Map<String, List<String>> STICKINESS = Map.of(
            "http", List.of("cookie", "sourceIp"),
            "tcp", List.of("sourceIp"));
    /**
     * The matches each probe type accepts (OVH's availableFarmProbes): {@code internal}, an OVH-reserved value, is
     * refused rather than stored as something this data plane would not know how to run.
     */
    static final Map<String, List<String>> MATCHES = Map.of(
            "tcp", List.of("default", "contains", "matches"),
            "http", List.of("default", "contains", "matches", "status"),
            "smtp", List.of("default"),
            "mysql", List.of("default"),
            "pgsql", List.of("default"),
            "oco", List.of("default"));
    static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS");
    static final int MIN_INTERVAL = 30;
    static final int MAX_INTERVAL = 3600;

    private FarmSpecs() {
    }

    /** {@code zone}: the farm's zone, from the body on creation, the stored one on update (it is read-only). */
    static FarmSpec of(String protocol, FarmBody body, LbEntity lb, String zone) {
        if (body.vrackNetworkId() != null) {
            throw invalid("vrackNetworkId", "this service is not attached to a vRack");
        }
        if (OvhInput.UDP.equals(protocol)) {
            return udp(body, lb, zone);
        }
        return new FarmSpec(zone == null ? OvhInput.zone(body.zone(), lb) : zone,
                OvhInput.port("port", body.port()),
                oneOf("balance", body.balance(), BALANCES.get(protocol)),
                oneOf("stickiness", body.stickiness(), STICKINESS.get(protocol)),
                probe(body.probe()),
                OvhInput.text("displayName", body.displayName()));
    }

    /** OVH's BackendUdp: a port (required), a zone and a name; no balance, stickiness or probe. */
    private static FarmSpec udp(FarmBody body, LbEntity lb, String zone) {
        OvhInput.absent(OvhInput.UDP, "balance", body.balance());
        OvhInput.absent(OvhInput.UDP, "stickiness", body.stickiness());
        OvhInput.absent(OvhInput.UDP, "probe", body.probe());
        if (body.port() == null) {
            throw invalid("port", "is required for udp farms");
        }
        return new FarmSpec(zone == null ? OvhInput.zone(body.zone(), lb) : zone, OvhInput.port("port", body.port()),
                null, null, null, OvhInput.text("displayName", body.displayName()));
    }

    static FarmProbe probe(ProbeBody probe) {
        if (probe == null) {
            return null;
        }
        String type = probe.type() == null ? "tcp" : probe.type();
        List<String> matches = MATCHES.get(type);
        if (matches == null) {
            throw invalid("probe.type", "must be one of " + String.join(", ", MATCHES.keySet().stream().sorted()
                    .toList()));
        }
        oneOf("probe.match", probe.match(), matches);
        oneOf("probe.method", probe.method(), METHODS);
        OvhInput.port("probe.port", probe.port());
        if (probe.interval() != null && (probe.interval() < MIN_INTERVAL || probe.interval() > MAX_INTERVAL)) {
            throw invalid("probe.interval", "must be between " + MIN_INTERVAL + " and " + MAX_INTERVAL + " seconds");
        }
        boolean matching = probe.match() != null && !"default".equals(probe.match());
        if (OvhInput.flag(probe.negate()) && !matching) {
            // OVH's own words for it, as Terraform's sources quote them.
            throw OvhException.badRequest("A probe can not negate without a match");
        }
        if (matching) {
            pattern(probe.match(), probe.pattern());
        }
        if (probe.url() != null && !probe.url().matches("[!-~&&[^\"\\\\]]*")) {
            throw invalid("probe.url", "printable characters without spaces or quotes");
        }
        return new FarmProbe(probe.type(), probe.port(), probe.interval(), probe.method(), probe.url(), probe.match(),
                probe.pattern(), probe.negate(), probe.forceSsl());
    }

    private static void pattern(String match, String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw invalid("probe.pattern", "is required with match " + match);
        }
        if (pattern.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '\\' && !"matches".equals(
                match))) {
            throw invalid("probe.pattern", "on one line, without double quotes");
        }
        if ("status".equals(match) && !pattern.matches("\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*")) {
            throw invalid("probe.pattern", "a comma-separated list of HTTP statuses or ranges (200,301-302)");
        }
        if ("matches".equals(match)) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw invalid("probe.pattern", "not a regular expression: " + e.getDescription());
            }
        }
    }
}
