package io.lbaas.api.privatenetwork;

import io.lbaas.api.lb.LbView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Scaleway's {@code PrivateNetwork}: the attachment of a load balancer. As the live API does, an address booked by
 * IPAM is also shown in the deprecated {@code dhcp_config}; the deprecated {@code ipam_config} is always null.
 */
public record PrivateNetworkView(
        LbView lb,
        List<UUID> ipamIds,
        StaticConfig staticConfig,
        DhcpConfig dhcpConfig,
        Object ipamConfig,
        UUID privateNetworkId,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    public record StaticConfig(List<String> ipAddress) {
    }

    public record DhcpConfig(UUID ipId) {
    }

    static PrivateNetworkView of(PrivateNetworkEntity attachment, LbView lb) {
        boolean fixed = attachment.staticAddresses != null;
        UUID dhcpIp = attachment.dhcpIpId != null ? attachment.dhcpIpId
                : attachment.ipamIds.isEmpty() ? null : attachment.ipamIds.get(0);
        return new PrivateNetworkView(lb, attachment.ipamIds,
                fixed ? new StaticConfig(attachment.staticAddresses) : null,
                fixed ? null : new DhcpConfig(dhcpIp), null, attachment.privateNetworkId, attachment.status,
                attachment.createdAt, attachment.updatedAt);
    }
}
