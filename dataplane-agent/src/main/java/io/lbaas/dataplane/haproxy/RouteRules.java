package io.lbaas.dataplane.haproxy;

import io.lbaas.events.route.RouteSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Where a frontend sends each connection or request: its routes in creation order, the first that matches
 * winning, then its own backend. A backend with a failover host hands over to its failover backend while none of
 * its servers is up.
 *
 * @param definitions what follows {@code acl} on each definition line
 * @param switching   whole {@code use_backend} lines, or comments for routes HAProxy cannot apply in this mode
 * @param inspectSni  whether the frontend must wait for the TLS hello to read its SNI
 */
record RouteRules(List<String> definitions, List<String> switching, boolean inspectSni) {

    static RouteRules of(List<RouteSpec> routes, boolean http, boolean tlsTerminated, Predicate<UUID> hasFailover) {
        List<String> definitions = new ArrayList<>();
        List<String> switching = new ArrayList<>();
        boolean inspectSni = false;
        for (int position = 0; position < routes.size(); position++) {
            RouteSpec route = routes.get(position);
            String name = "route_" + position;
            List<String> tests = http ? httpTests(route) : sniTests(route, tlsTerminated);
            if (tests.isEmpty()) {
                switching.add("# route " + position + " not applied: " + (http ? "SNI routes need TCP"
                        : "Host and path routes need HTTP"));
                continue;
            }
            inspectSni |= !http && !tlsTerminated;
            tests.forEach(test -> definitions.add(name + " " + test));
            if (hasFailover.test(route.backendId())) {
                switching.add(failover(route.backendId(), name));
            }
            switching.add("use_backend " + HaproxyNames.backend(route.backendId()) + " if " + name);
        }
        return new RouteRules(definitions, switching, inspectSni);
    }

    /** The line sending to a backend's failover backend when {@code condition} holds and none of its servers is up. */
    static String failover(UUID backendId, String condition) {
        String allDown = "{ nbsrv(" + HaproxyNames.backend(backendId) + ") eq 0 }";
        return "use_backend " + HaproxyNames.failoverBackend(backendId) + " if "
                + (condition.isEmpty() ? allDown : condition + " " + allDown);
    }

    private static List<String> httpTests(RouteSpec route) {
        if (isSet(route.hostHeader())) {
            // The Host header may carry a port, which the tenant's name does not.
            return nameTests("req.hdr(host),field(1,:)", route.hostHeader(), route.matchSubdomains());
        }
        return isSet(route.pathBegin()) ? List.of("path_beg -- " + HaproxyText.quoted(route.pathBegin())) : List.of();
    }

    private static List<String> sniTests(RouteSpec route, boolean tlsTerminated) {
        return isSet(route.sni()) ? nameTests(tlsTerminated ? "ssl_fc_sni" : "req.ssl_sni", route.sni(),
                route.matchSubdomains()) : List.of();
    }

    /** A name, and its subdomains when asked: two definitions under one ACL name, which HAProxy ORs. */
    private static List<String> nameTests(String fetch, String name, boolean subdomains) {
        String exact = fetch + " -i -m str -- " + HaproxyText.quoted(name);
        return subdomains ? List.of(exact, fetch + " -i -m end -- " + HaproxyText.quoted("." + name))
                : List.of(exact);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
