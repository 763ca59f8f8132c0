package io.lbaas.api.privatenetwork;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Body of attachPrivateNetwork ({@code private_network_id} only in the zoned form, where it is not in the path):
 * {@code ipam_ids}, or one of Scaleway's deprecated configurations.
 */
public record AttachPrivateNetworkRequest(UUID privateNetworkId, List<UUID> ipamIds, StaticConfig staticConfig,
                                          DhcpConfig dhcpConfig, Map<String, Object> ipamConfig) {

    static final AttachPrivateNetworkRequest EMPTY = new AttachPrivateNetworkRequest(null, null, null, null, null);

    public record StaticConfig(List<String> ipAddress) {
    }

    public record DhcpConfig(UUID ipId) {
    }

    /** Body of the zoned detachPrivateNetwork; the regional form sends {@code {}}. */
    public record Detach(UUID privateNetworkId) {
    }
}
