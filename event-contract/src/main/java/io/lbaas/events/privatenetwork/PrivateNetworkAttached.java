package io.lbaas.events.privatenetwork;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.List;
import java.util.UUID;

/**
 * A load balancer was attached to a private network, with its address there booked as {@code ipamIds} (one IPv4)
 * or, in Scaleway's deprecated forms, given as {@code staticAddresses} (addresses with their prefix length) or left
 * to DHCP ({@code dhcpIpId}). It stays {@code pending} until the data plane has configured it.
 */
@EventType(name = "PrivateNetworkAttached", version = 1, aggregate = PrivateNetworkEvents.AGGREGATE)
public record PrivateNetworkAttached(UUID lbId, UUID privateNetworkId, List<UUID> ipamIds,
                                     List<String> staticAddresses, UUID dhcpIpId) implements EventPayload {
}
