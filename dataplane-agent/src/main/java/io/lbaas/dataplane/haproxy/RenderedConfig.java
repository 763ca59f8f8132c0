package io.lbaas.dataplane.haproxy;

import java.nio.file.Path;
import java.util.Map;

/**
 * A load balancer's HAProxy configuration and the files it refers to (certificates and crt-lists, by the paths of
 * {@link LbPaths}), for the caller to write before HAProxy reads the configuration.
 */
public record RenderedConfig(String haproxyCfg, Map<Path, String> files) {
}
