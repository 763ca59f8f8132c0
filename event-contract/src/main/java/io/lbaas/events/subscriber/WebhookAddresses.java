package io.lbaas.events.subscriber;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a subscriber's webhook may never be sent: loopback, private, link-local (cloud metadata lives at
 * 169.254.169.254), multicast and reserved addresses. The API applies it when a subscriber is saved and the notifier
 * again before each send, since a DNS name can point elsewhere by then.
 */
public final class WebhookAddresses {

    private static final List<Block> RESERVED = Stream.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
            "198.18.0.0/15", "240.0.0.0/4", "64:ff9b::/96", "fc00::/7").map(Block::parse).toList();

    private WebhookAddresses() {
    }

    public static boolean refused(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || RESERVED.stream().anyMatch(block -> block.contains(address));
    }

    private record Block(byte[] network, int prefixLength) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/");
            try {
                return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
