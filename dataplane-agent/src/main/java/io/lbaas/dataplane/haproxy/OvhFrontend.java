package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.OvhFrontendConfig;
import io.lbaas.events.ovh.OvhFrontendSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An OVH frontend as the template writes a frontend: one bind per address of the LB (those of {@code dedicatedIpfo}
 * only, when set) on every port and range of its port list, deciphering TLS with its crt-list when it has
 * {@code ssl}, source lists as connection rules (refused before anything is read), on http its headers,
 * redirection and HSTS, then its routes (see {@link OvhRoutes}).
 */
final class OvhFrontend {

    private static final String TIMEOUT_CLIENT = "60s";
    private static final String HSTS = "max-age=15768000";

    private OvhFrontend() {
    }

    /**
     * {@code defaultBackend}: the HAProxy name of its default farm, null if it has none; {@code crtList}: where its
     * certificates are listed, when it deciphers SSL; {@code farmRendered}: whether a farm is in the configuration
     * (its routes send only there).
     */
    static FrontendView view(OvhFrontendConfig frontend, String defaultBackend, List<String> addresses,
                             Path crtList, Predicate<UUID> farmRendered) {
        OvhFrontendSpec spec = frontend.spec();
        boolean http = "http".equals(frontend.protocol());
        String bindOptions = FrontendView.bindOptions(!frontend.certificates().isEmpty(), crtList, http);
        List<String> binds = addresses.stream().filter(frontend::listensOn)
                .map(ip -> String.join(",", Arrays.stream(spec.port().split(","))
                        .map(ports -> HaproxyText.address(ip, ports)).toList()) + bindOptions)
                .toList();
        // Without a certificate (none published yet), a frontend meant to decipher does not listen in clear.
        boolean undecipherable = spec.ssl() && frontend.certificates().isEmpty();
        List<String> rules = new ArrayList<>();
        if (spec.allowedSource() != null && !spec.allowedSource().isEmpty()) {
            rules.add("tcp-request connection reject if !{ src " + String.join(" ", spec.allowedSource()) + " }");
        }
        if (spec.deniedSource() != null && !spec.deniedSource().isEmpty()) {
            rules.add("tcp-request connection reject if { src " + String.join(" ", spec.deniedSource()) + " }");
        }
        if (http) {
            rules.addAll(httpRules(spec));
        }
        OvhRoutes routes = OvhRoutes.of(frontend.routes(), http, farmRendered);
        rules.addAll(routes.rules());
        return new FrontendView(HaproxyNames.frontend(frontend.id()), http ? "http" : "tcp", binds, TIMEOUT_CLIENT,
                null, false, null, routes.inspect(), null, routes.definitions(), rules, routes.switching(),
                defaultBackend, spec.disabled() || binds.isEmpty() || undecipherable);
    }

    private static List<String> httpRules(OvhFrontendSpec spec) {
        List<String> rules = new ArrayList<>();
        if (spec.httpHeader() != null) {
            for (String header : spec.httpHeader()) {
                int space = header.indexOf(' ');
                rules.add("http-request add-header " + header.substring(0, space) + " "
                        + headerValue(header.substring(space + 1)));
            }
        }
        if (spec.redirectLocation() != null) {
            rules.add("http-request redirect location " + HaproxyText.logFormat(spec.redirectLocation()));
        }
        if (spec.hsts()) {
            rules.add("http-response set-header Strict-Transport-Security " + HaproxyText.quoted(HSTS));
        }
        return rules;
    }

    /** OVH's %ci and %cp (client IP and port) are HAProxy's own log-format variables; any other % is literal. */
    private static String headerValue(String value) {
        return HaproxyText.quoted(value.replace("%", "%%").replace("%%ci", "%ci").replace("%%cp", "%cp"));
    }
}
