package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.haproxy.HaproxyException;
import io.lbaas.dataplane.haproxy.HaproxyNames;
import io.lbaas.dataplane.haproxy.ServerStatus;
import io.lbaas.dataplane.report.Reports;
import io.lbaas.events.dataplane.TrafficReport;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import static io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads every running HAProxy's servers (of Scaleway pools and OVH farms) at an interval and reports those whose
 * state or last health check changed (only on change, so a steady fleet costs the log nothing); at a longer interval, sends their traffic
 * counters for the stats read model.
 */
@ApplicationScoped
public class HealthObserver {

    private static final Logger LOG = Logger.getLogger(HealthObserver.class);

    private final LbApplier applier;
    private final Reports reports;

    HealthObserver(LbApplier applier, Reports reports) {
        this.applier = applier;
        this.reports = reports;
    }

    @Scheduled(every = "${lbaas.dataplane.observe-interval}", concurrentExecution = SKIP)
    void observe() {
        applier.running().forEach((lbId, lb) -> {
            Map<String, ServerStatus> stats = stats(lbId, lb);
            Stream.concat(poolServers(lb, stats), farmServers(lb, stats)).forEach(server -> {
                ServerHealth health = ServerHealth.of(server.status());
                reports.server(lbId, server.backendId(), server.ip(), health.state(), health.lastCheck(),
                        health.reason());
            });
        });
    }

    @Scheduled(every = "${lbaas.dataplane.traffic-interval}", concurrentExecution = SKIP)
    void reportTraffic() {
        applier.running().forEach((lbId, lb) -> {
            List<TrafficReport.ServerTraffic> traffic = poolServers(lb, stats(lbId, lb)).map(server -> {
                ServerStatus status = server.status();
                return new TrafficReport.ServerTraffic(server.backendId().toString(), server.ip(),
                        status.currentSessions(), status.totalSessions(), status.bytesIn(), status.bytesOut(),
                        status.sessionRate());
            }).toList();
            if (!traffic.isEmpty()) {
                reports.traffic(lbId, traffic);
            }
        });
    }

    /**
     * A server of one of the LB's backends as HAProxy sees it now: of a Scaleway pool (named by its IP) or of an OVH
     * farm (named by its OVH id).
     */
    private record ObservedServer(UUID backendId, String ip, ServerStatus status) {
    }

    /** HAProxy's servers by backend and name; none when it cannot be asked now. */
    private static Map<String, ServerStatus> stats(UUID lbId, LbApplier.Running lb) {
        Map<String, ServerStatus> servers = new HashMap<>();
        if (lb.applied() == null || !lb.process().isRunning()) {
            return servers;
        }
        try {
            lb.process().runtimeApi().showStat()
                    .forEach(server -> servers.put(server.backend() + "/" + server.server(), server));
        } catch (HaproxyException e) {
            LOG.debugf("lb %s: no stats this time: %s", lbId, e.getMessage());
            servers.clear();
        }
        return servers;
    }

    private static Stream<ObservedServer> poolServers(LbApplier.Running lb, Map<String, ServerStatus> stats) {
        if (stats.isEmpty()) {
            return Stream.empty();
        }
        return lb.applied().backends().stream().flatMap(backend -> backend.spec().pool().stream()
                .map(ip -> observed(stats, backend.id(), HaproxyNames.server(ip), ip)).flatMap(Optional::stream));
    }

    private static Stream<ObservedServer> farmServers(LbApplier.Running lb, Map<String, ServerStatus> stats) {
        if (stats.isEmpty()) {
            return Stream.empty();
        }
        return lb.applied().farms().stream().filter(farm -> !farm.udp()).flatMap(farm -> farm.servers().stream()
                .map(server -> observed(stats, farm.id(), HaproxyNames.farmServer(server.serverId(),
                        server.spec().probe()), BackendServerStateChanged.ovhServer(server.serverId())))
                .flatMap(Optional::stream));
    }

    private static Optional<ObservedServer> observed(Map<String, ServerStatus> stats, UUID backendId,
                                                     String haproxyName, String name) {
        return Optional.ofNullable(stats.get(HaproxyNames.backend(backendId) + "/" + haproxyName))
                .map(status -> new ObservedServer(backendId, name, status));
    }
}
