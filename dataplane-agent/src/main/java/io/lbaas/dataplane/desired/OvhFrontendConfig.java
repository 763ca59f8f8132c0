package io.lbaas.dataplane.desired;

import io.lbaas.events.ovh.OvhFrontendSpec;

import java.util.UUID;

/** An OVH frontend (a frontend made through the OVH dialect): a port list, source lists, a default farm or none. */
public record OvhFrontendConfig(UUID id, String protocol, long frontendId, OvhFrontendSpec spec) {
}
