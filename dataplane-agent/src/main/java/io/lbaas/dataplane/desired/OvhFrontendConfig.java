package io.lbaas.dataplane.desired;

import io.lbaas.events.ovh.OvhFrontendSpec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;

/**
 * An OVH frontend (a frontend made through the OVH dialect): a port list, source lists, a default farm or none, its
 * routes in OVH's evaluation order and, when it deciphers SSL, the service's certificates, its default one first.
 */
public record OvhFrontendConfig(UUID id, String protocol, long frontendId, OvhFrontendSpec spec,
                                List<OvhRouteConfig> routes, List<CertificateConfig> certificates) {

    /** A frontend without routes that deciphers nothing. */
    public OvhFrontendConfig(UUID id, String protocol, long frontendId, OvhFrontendSpec spec) {
        this(id, protocol, frontendId, spec, List.of(), List.of());
    }

    /** Whether the frontend listens on the LB's address {@code ip}: every address, unless {@code dedicatedIpfo}. */
    public boolean listensOn(String ip) {
        List<String> blocks = spec.dedicatedIpfo();
        return blocks == null || blocks.isEmpty() || blocks.stream().anyMatch(block -> contains(block, ip));
    }

    /** UDP frontends run on nginx's stream module, the others on HAProxy. */
    public boolean udp() {
        return FarmConfig.UDP.equals(protocol);
    }

    private static boolean contains(String block, String ip) {
        String[] parts = block.split("/");
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            if (network.length != address.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (address[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
