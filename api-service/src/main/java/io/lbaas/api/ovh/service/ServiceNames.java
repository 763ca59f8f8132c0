package io.lbaas.api.ovh.service;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An OVH IP Load Balancing service is one of our load balancers. Its service name is {@code loadbalancer-} and the
 * 32 hexadecimal digits of the LB's id, the form of OVH's own names ({@code loadbalancer-abcdef...}): stable for the
 * LB's life, unique, and turned back into the id without a lookup.
 */
public final class ServiceNames {

    private static final String PREFIX = "loadbalancer-";
    private static final Pattern NAME = Pattern.compile("loadbalancer-[0-9a-f]{32}");

    private ServiceNames() {
    }

    public static String of(UUID lbId) {
        return PREFIX + lbId.toString().replace("-", "");
    }

    /** The LB id of a service name, or empty for anything else (which is then a service that does not exist). */
    public static Optional<UUID> lbId(String serviceName) {
        if (serviceName == null || !NAME.matcher(serviceName).matches()) {
            return Optional.empty();
        }
        String hex = serviceName.substring(PREFIX.length());
        return Optional.of(UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-"
                + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20)));
    }
}
