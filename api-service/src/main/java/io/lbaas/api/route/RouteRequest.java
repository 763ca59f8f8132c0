package io.lbaas.api.route;

import java.util.UUID;

/** Body of createRoute and updateRoute (which cannot move a route to another frontend). */
public record RouteRequest(UUID frontendId, UUID backendId, Match match) {

    static final RouteRequest EMPTY = new RouteRequest(null, null, null);

    /** One of {@code sni}, {@code host_header} and {@code path_begin}. */
    public record Match(String sni, String hostHeader, Boolean matchSubdomains, String pathBegin) {
    }
}
