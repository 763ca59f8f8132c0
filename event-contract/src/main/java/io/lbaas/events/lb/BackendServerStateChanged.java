package io.lbaas.events.lb;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/**
 * The data plane observed a server of one of the load balancer's backends in a new state ({@code serverState}:
 * stopped, starting, running, stopping) or with a new result of its last health check
 * ({@code lastHealthCheckStatus}: unknown, neutral, failed, passed, condpass), with the check's own words in
 * {@code reason}. It belongs to the LB, whose version orders it with the tenant's changes; {@code instanceId} names
 * the data-plane instance that saw it.
 */
@EventType(name = "BackendServerStateChanged", version = 1, aggregate = LbEvents.AGGREGATE)
public record BackendServerStateChanged(UUID backendId, String ip, String instanceId, String serverState,
                                        String lastHealthCheckStatus, String reason) implements EventPayload {
}
