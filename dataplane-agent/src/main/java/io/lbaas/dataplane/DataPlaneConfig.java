package io.lbaas.dataplane;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How this agent runs its load balancers. */
@ConfigMapping(prefix = "lbaas.dataplane")
public interface DataPlaneConfig {

    /** Names this agent in what it reports (Scaleway's {@code instance_id} of backend stats). */
    @WithDefault("agent-1")
    String instanceId();

    /** One directory per load balancer under this one: configuration, sockets, certificates. */
    @WithDefault("/tmp/lbaas-dataplane")
    Path runtimeDir();

    /** The HAProxy binary. */
    @WithDefault("haproxy")
    String haproxy();

    /** The zones this agent serves; empty for every zone of its partitions. */
    Optional<Set<String>> zones();

    /**
     * Prefixes routed to the loopback interface at start ({@code ip route replace local <prefix> dev lo}), so that
     * LBs bind and serve any address in them on this host: the IPv6 prefix of the single-machine pools, say
     * ({@code fd77::/48}). Needs CAP_NET_ADMIN; empty with real pools, whose addresses the network routes here.
     */
    Optional<List<String>> loopbackRoutes();

    /** How many load balancers are configured at the same time. */
    @WithDefault("4")
    int workers();

    /**
     * How often HAProxy's runtime API is read for server states: a second at finest (the scheduler's step). Read
     * by {@code HealthObserver}'s schedule, and declared here so that it is checked at start.
     */
    Duration observeInterval();

    /** How often each LB's traffic counters are sent to the API (read by {@code HealthObserver}'s schedule). */
    Duration trafficInterval();

    /** How often every LB is applied again although nothing changed (read by {@code Reconciler}'s schedule). */
    Duration resyncInterval();

    /** How often the agent tells the API it lives (read by {@code HeartbeatSender}'s schedule). */
    Duration heartbeatInterval();
}
