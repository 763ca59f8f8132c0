package io.lbaas.api.locality;

import io.lbaas.api.error.ErrorMappers;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/** Refuses every path under an unknown region or zone before any resource method runs. */
public class LocalityFilter {

    private final Localities localities;

    LocalityFilter(Localities localities) {
        this.localities = localities;
    }

    @ServerRequestFilter
    public Optional<Response> knownLocality(UriInfo uri) {
        MultivaluedMap<String, String> path = uri.getPathParameters();
        String scope = path.getFirst("scope");
        String locality = path.getFirst("locality");
        if (scope == null || locality == null || localities.find(scope, locality).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ErrorMappers.respond(Localities.unknown(scope, locality)));
    }
}
