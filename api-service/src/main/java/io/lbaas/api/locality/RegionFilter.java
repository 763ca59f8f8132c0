package io.lbaas.api.locality;

import io.lbaas.api.error.ErrorMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/** Refuses every path under an unknown {@code {region}} before any resource method runs. */
public class RegionFilter {

    private final Localities localities;

    RegionFilter(Localities localities) {
        this.localities = localities;
    }

    @ServerRequestFilter
    public Optional<Response> knownRegion(UriInfo uri) {
        String region = uri.getPathParameters().getFirst("region");
        if (region == null || localities.isRegion(region)) {
            return Optional.empty();
        }
        return Optional.of(ErrorMappers.respond(Localities.unknownRegion(region)));
    }
}
