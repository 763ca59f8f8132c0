package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/**
 * The data plane observed a server of one of the load balancer's backends in a new state ({@code serverState}:
 * stopped, starting, running, stopping) or with a new result of its last health check
 * ({@code lastHealthCheckStatus}: unknown, neutral, failed, passed, condpass), with the check's own words in
 * {@code reason}. It belongs to the LB, whose version orders it with the tenant's changes; {@code instanceId} names
 * the data-plane instance that saw it. {@code ip} names the server within its backend: its IP in a Scaleway pool,
 * {@link #ovhServer} for a server of an OVH farm (a farm may hold one address twice, on two ports).
 */
@EventType(name = "BackendServerStateChanged", version = 1, aggregate = LbEvents.AGGREGATE)
public record BackendServerStateChanged(UUID backendId, String ip, String instanceId, String serverState,
                                        String lastHealthCheckStatus, String reason) implements EventPayload {

    /** What the names of OVH farms' servers start with; no IP does. */
    public static final String OVH_SERVER_PREFIX = "ovh-server-";

    /** How the server {@code serverId} of an OVH farm is named where a pool server is named by its IP. */
    public static String ovhServer(long serverId) {
        return OVH_SERVER_PREFIX + serverId;
    }
}
