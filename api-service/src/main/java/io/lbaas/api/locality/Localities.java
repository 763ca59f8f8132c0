package io.lbaas.api.locality;

import io.lbaas.api.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/** The regions and zones this deployment serves; an unknown one is a 404 in Scaleway's shape. */
@ApplicationScoped
public class Localities {

    public static final String REGIONS = "regions";
    public static final String ZONES = "zones";

    private final LocalityConfig config;

    Localities(LocalityConfig config) {
        this.config = config;
    }

    /**
     * Resolves the {@code {scope}/{locality}} of a path: {@code regions/fr-par} or {@code zones/fr-par-1}; any
     * other scope is no path of this API.
     */
    public Optional<Locality> find(String scope, String name) {
        if (!REGIONS.equals(scope) && !ZONES.equals(scope)) {
            return Optional.empty();
        }
        if (REGIONS.equals(scope)) {
            LocalityConfig.Region region = config.regions().get(name);
            return region == null ? Optional.empty()
                    : Optional.of(new Locality(name, null, region.zones().get(0)));
        }
        for (Map.Entry<String, LocalityConfig.Region> region : config.regions().entrySet()) {
            if (region.getValue().zones().contains(name)) {
                return Optional.of(new Locality(region.getKey(), name, region.getValue().zones().get(0)));
            }
        }
        return Optional.empty();
    }

    public Locality resolve(String scope, String name) {
        return find(scope, name).orElseThrow(() -> unknown(scope, name));
    }

    public static ApiException unknown(String scope, String name) {
        if (REGIONS.equals(scope) || ZONES.equals(scope)) {
            return ApiException.notFound(REGIONS.equals(scope) ? "region" : "zone", name);
        }
        return ApiException.plain(404, "not_found", "no such path");
    }
}
