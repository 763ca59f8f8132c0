package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.dataplane.report.ControlPlane;
import io.lbaas.events.dataplane.Heartbeat;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP;

/**
 * Tells the control plane, at an interval, that this agent lives and which load balancers it runs: an LB whose
 * agent falls silent for longer than the API's deadline is shown {@code unknown} to its tenant.
 */
@ApplicationScoped
public class HeartbeatSender {

    private static final Logger LOG = Logger.getLogger(HeartbeatSender.class);

    private final LbApplier applier;
    private final ControlPlane controlPlane;
    private final String instanceId;

    HeartbeatSender(LbApplier applier, @RestClient ControlPlane controlPlane, DataPlaneConfig config) {
        this.applier = applier;
        this.controlPlane = controlPlane;
        this.instanceId = config.instanceId();
    }

    @Scheduled(every = "${lbaas.dataplane.heartbeat-interval}", concurrentExecution = SKIP)
    void beat() {
        // An LB whose HAProxy is down is not vouched for: the API will say it is unknown.
        List<UUID> running = applier.running().entrySet().stream()
                .filter(lb -> lb.getValue().process().isRunning()).map(Map.Entry::getKey).toList();
        if (running.isEmpty()) {
            return;
        }
        try {
            controlPlane.heartbeat(instanceId, new Heartbeat(running));
        } catch (RuntimeException e) {
            LOG.warnf("the control plane did not take the heartbeat of %d load balancers: %s", running.size(),
                    e.toString());
        }
    }
}
