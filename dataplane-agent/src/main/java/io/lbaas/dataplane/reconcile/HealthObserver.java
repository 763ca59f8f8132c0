package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.haproxy.HaproxyException;
import io.lbaas.dataplane.haproxy.HaproxyNames;
import io.lbaas.dataplane.haproxy.ServerStatus;
import io.lbaas.dataplane.report.Reports;
import io.lbaas.events.dataplane.TrafficReport;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import static io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every running HAProxy's servers at an interval and reports those whose state or last health check
 * changed (only on change, so a steady fleet costs the log nothing); at a longer interval, sends their traffic
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
        applier.running().forEach((lbId, lb) -> servers(lbId, lb).forEach(server -> {
            ServerHealth health = ServerHealth.of(server.status());
            reports.server(lbId, server.backendId(), server.ip(), health.state(), health.lastCheck(), health.reason());
        }));
    }

    @Scheduled(every = "${lbaas.dataplane.traffic-interval}", concurrentExecution = SKIP)
    void reportTraffic() {
        applier.running().forEach((lbId, lb) -> {
            List<TrafficReport.ServerTraffic> traffic = servers(lbId, lb).stream().map(server -> {
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

    /** A server of the pool of one of the LB's backends, as HAProxy sees it now. */
    private record ObservedServer(UUID backendId, String ip, ServerStatus status) {
    }

    /** The servers of the LB's applied backends that HAProxy reports on; none when it cannot be asked now. */
    private static List<ObservedServer> servers(UUID lbId, LbApplier.Running lb) {
        if (lb.applied() == null || !lb.process().isRunning()) {
            return List.of();
        }
        Map<String, ServerStatus> servers = new HashMap<>();
        try {
            lb.process().runtimeApi().showStat()
                    .forEach(server -> servers.put(server.backend() + "/" + server.server(), server));
        } catch (HaproxyException e) {
            LOG.debugf("lb %s: no stats this time: %s", lbId, e.getMessage());
            return List.of();
        }
        List<ObservedServer> observed = new ArrayList<>();
        for (BackendConfig backend : lb.applied().backends()) {
            for (String ip : backend.spec().pool()) {
                ServerStatus server = servers.get(HaproxyNames.backend(backend.id()) + "/" + HaproxyNames.server(ip));
                if (server != null) {
                    observed.add(new ObservedServer(backend.id(), ip, server));
                }
            }
        }
        return observed;
    }
}
