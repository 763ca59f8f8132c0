package io.lbaas.api.locality;

import io.lbaas.api.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks up configured regions; an unknown one is a 404 in Scaleway's shape, as the live API answers. */
@ApplicationScoped
public class Localities {

    private final LocalityConfig config;

    Localities(LocalityConfig config) {
        this.config = config;
    }

    public boolean isRegion(String region) {
        return config.regions().containsKey(region);
    }

    /** The zone a regional call places new resources in. */
    public String defaultZone(String region) {
        LocalityConfig.Region known = config.regions().get(region);
        if (known == null) {
            throw unknownRegion(region);
        }
        return known.zones().get(0);
    }

    public static ApiException unknownRegion(String region) {
        return ApiException.notFound("region", region);
    }
}
