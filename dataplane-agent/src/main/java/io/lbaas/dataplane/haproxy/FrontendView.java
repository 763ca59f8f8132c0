package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.desired.FrontendConfig;
import io.lbaas.events.frontend.FrontendSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A frontend as the template writes it; optional settings are null when absent.
 *
 * @param binds            what follows {@code bind}, one per address of the load balancer
 * @param http3Unavailable whether HTTP/3 was asked for, which this HAProxy build cannot serve (no QUIC)
 * @param logOption        {@code httplog} or {@code tcplog} with access logs
 * @param acls             what follows {@code acl}: the ACLs' definitions, then the routes'
 * @param rules            ACL rule lines, in the ACLs' order
 * @param switching        {@code use_backend} lines, before {@code default_backend}
 * @param defaultBackend   null for an OVH frontend without a default farm (it then serves nothing)
 * @param disabled         an OVH frontend its tenant disabled: configured, but not listening
 */
public record FrontendView(String name, String mode, List<String> binds, String timeoutClient, String rateLimit,
                           boolean http3Unavailable, String logOption, boolean inspectSni, String acmeChallenge,
                           List<String> acls, List<String> rules, List<String> switching, String defaultBackend,
                           boolean disabled) {

    /**
     * A flexible IP is bound even before the host holds it (IP_FREEBIND, or IP_TRANSPARENT with CAP_NET_ADMIN), as
     * with ip_nonlocal_bind behind a VRRP failover: the network may route it here later, and the loopback pools'
     * IPv6 prefix is routed to lo rather than configured address by address.
     */
    static final String FREE_BIND = " transparent";

    static FrontendView of(FrontendConfig frontend, BackendConfig defaultBackend, List<String> addresses,
                           Path crtList, Path acmeChallenges, Predicate<UUID> hasFailover) {
        FrontendSpec spec = frontend.spec();
        boolean http = "http".equals(defaultBackend.spec().forwardProtocol());
        boolean tls = !frontend.certificates().isEmpty();
        AclRules acls = AclRules.of(frontend.acls(), http);
        RouteRules routes = RouteRules.of(frontend.routes(), http, tls, hasFailover);
        List<String> switching = new ArrayList<>(routes.switching());
        if (hasFailover.test(defaultBackend.id())) {
            switching.add(RouteRules.failover(defaultBackend.id(), ""));
        }
        String bindOptions = bindOptions(tls, crtList, http);
        return new FrontendView(HaproxyNames.frontend(frontend.id()), http ? "http" : "tcp",
                addresses.stream().map(ip -> HaproxyText.address(ip, spec.inboundPort()) + bindOptions).toList(),
                HaproxyText.duration(spec.timeoutClient()),
                spec.connectionRateLimit() == null || spec.connectionRateLimit() == 0 ? null
                        : spec.connectionRateLimit().toString(),
                spec.enableHttp3(),
                spec.enableAccessLogs() ? (http ? "httplog" : "tcplog") : null,
                routes.inspectSni(),
                http ? acmeChallenge(acmeChallenges) : null,
                Stream.concat(acls.definitions().stream(), routes.definitions().stream()).toList(),
                acls.rules(), switching, HaproxyNames.backend(defaultBackend.id()), false);
    }

    /** What follows each bind's addresses: free binding, and deciphering TLS with the crt-list's certificates. */
    static String bindOptions(boolean tls, Path crtList, boolean http) {
        return FREE_BIND + (!tls ? "" : " ssl crt-list " + HaproxyText.quoted(crtList.toString())
                + (http ? " alpn h2,http/1.1" : ""));
    }

    /**
     * Answers ACME http-01 challenges from the map the agent fills while it obtains a Let's Encrypt certificate,
     * before any ACL can deny them; other paths under the prefix go on as usual.
     */
    private static String acmeChallenge(Path challenges) {
        String token = "path,field(4,/),map(" + challenges + ")";
        return "http-request return status 200 content-type text/plain lf-string \"%[" + token + "]\""
                + " if { path_beg /.well-known/acme-challenge/ } { " + token + " -m found }";
    }
}
