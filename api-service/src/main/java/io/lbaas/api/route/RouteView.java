package io.lbaas.api.route;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lbaas.events.route.RouteSpec;

import java.time.Instant;
import java.util.UUID;

/** Scaleway's {@code Route}: ids of its frontend and backend, not the objects. */
public record RouteView(UUID id, UUID frontendId, UUID backendId, Match match, Instant createdAt,
                        Instant updatedAt) {

    /** The live API leaves out the members of the one-of that are not set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String sni, String hostHeader, boolean matchSubdomains, String pathBegin) {
    }

    static RouteView of(RouteEntity route, RouteSpec spec) {
        return new RouteView(route.id, route.frontendId, spec.backendId(), new Match(spec.sni(), spec.hostHeader(),
                spec.matchSubdomains(), spec.pathBegin()), route.createdAt, route.updatedAt);
    }
}
