package io.lbaas.dataplane.desired;

import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;

import java.util.List;
import java.util.UUID;

/**
 * An OVH farm (a backend made through the OVH dialect) with its servers in ascending OVH id, each with its own port,
 * weight, backup and status, which a Scaleway pool does not have.
 */
public record FarmConfig(UUID id, String protocol, long farmId, FarmSpec spec, List<Server> servers) {

    /** UDP farms run on nginx's stream module, the others on HAProxy. */
    public boolean udp() {
        return UDP.equals(protocol);
    }

    public static final String UDP = "udp";

    public record Server(long serverId, FarmServerSpec spec) {
    }
}
