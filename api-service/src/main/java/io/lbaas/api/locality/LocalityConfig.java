package io.lbaas.api.locality;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Map;

/** The regions this deployment serves and the zones of each; the first zone is the region's default. */
@ConfigMapping(prefix = "lbaas")
public interface LocalityConfig {

    Map<String, Region> regions();

    interface Region {
        List<String> zones();
    }
}
