package io.lbaas.api.privatenetwork;

import java.util.List;

/** Scaleway's {@code ListLbPrivateNetworksResponse}, whose items key is the singular {@code private_network}. */
public record ListLbPrivateNetworksResponse(List<PrivateNetworkView> privateNetwork, long totalCount) {
}
