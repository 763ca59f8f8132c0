package io.lbaas.events.subscriber;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a subscriber's webhook may never be sent: loopback, private, link-local (cloud metadata lives at
 * 169.254.169.254), multicast and reserved addresses. The API applies it when a subscriber is saved and the notifier
 * again before each send, since a DNS name can point elsewhere by then.
 */
public final class WebhookAddresses {

    private static final List<Block> RESERVED = Stream.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
            "198.18.0.0/15", "240.0.0.0/4", "64:ff9b:1::/48", "fc00::/7", "2001:db8::/32").map(Block::parse)
            .toList();
    /** IPv6 forms that carry an IPv4 address a connection may end up at: judged by that address. */
    private static final List<Block> EMBEDDING_IPV4 = Stream.of("::ffff:0:0/96", "::/96", "64:ff9b::/96")
            .map(Block::parse).toList();
    private static final Block SIX_TO_FOUR = Block.parse("2002::/16");

    private WebhookAddresses() {
    }

    /** The host of a webhook URI, without the brackets of an IPv6 literal. */
    public static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The host of a webhook URI as given, null when there is none or it is not a URI. */
    public static String hostOrNull(String uri) {
        try {
            return uri == null ? null : URI.create(uri).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first of a host's addresses that a webhook may not be sent to, if any. */
    public static Optional<InetAddress> firstRefused(InetAddress[] addresses) {
        return Arrays.stream(addresses).filter(WebhookAddresses::refused).findFirst();
    }

    public static boolean refused(InetAddress address) {
        InetAddress embedded = embeddedIpv4(address);
        if (embedded != null) {
            return refused(embedded);
        }
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || RESERVED.stream().anyMatch(block -> block.contains(address));
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address; null otherwise. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return null;
        }
        int from = SIX_TO_FOUR.contains(address) ? 2
                : EMBEDDING_IPV4.stream().anyMatch(block -> block.contains(address)) ? 12 : -1;
        // "::" and "::1" are IPv4-compatible in form only: they are the unspecified and loopback addresses.
        if (from < 0 || address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return null;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Block(byte[] network, int prefixLength) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/");
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                if (parts[0].contains(":") && network.length == 4) {
                    // The JDK turns an IPv4-mapped literal into IPv4: put it back in its IPv6 form.
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xff;
                    mapped[11] = (byte) 0xff;
                    System.arraycopy(network, 0, mapped, 12, 4);
                    network = mapped;
                }
                return new Block(network, Integer.parseInt(parts[1]));
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
