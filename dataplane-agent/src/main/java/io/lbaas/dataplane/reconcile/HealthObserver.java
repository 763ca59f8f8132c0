package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.haproxy.HaproxyException;
import io.lbaas.dataplane.haproxy.HaproxyNames;
import io.lbaas.dataplane.haproxy.ServerStatus;
import io.lbaas.dataplane.report.Reports;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import static io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every running HAProxy's server states at an interval and reports the servers whose state or last health
 * check changed. Reports are sent only on change, so a steady fleet costs the log nothing.
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
        applier.running().forEach(this::observe);
    }

    private void observe(UUID lbId, LbApplier.Running lb) {
        if (lb.applied() == null || !lb.process().isRunning()) {
            return;
        }
        Map<String, ServerStatus> servers = new HashMap<>();
        try {
            List<ServerStatus> stats = lb.process().runtimeApi().showStat();
            stats.forEach(server -> servers.put(server.backend() + "/" + server.server(), server));
        } catch (HaproxyException e) {
            LOG.debugf("lb %s: no stats this time: %s", lbId, e.getMessage());
            return;
        }
        for (BackendConfig backend : lb.applied().backends()) {
            for (String ip : backend.spec().pool()) {
                ServerStatus server = servers.get(HaproxyNames.backend(backend.id()) + "/" + HaproxyNames.server(ip));
                if (server != null) {
                    ServerHealth health = ServerHealth.of(server);
                    reports.server(lbId, backend.id(), ip, health.state(), health.lastCheck(), health.reason());
                }
            }
        }
    }
}
