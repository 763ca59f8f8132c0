package io.lbaas.dataplane.report;

import io.lbaas.dataplane.desired.DesiredState;
import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the control plane what changed, and only that. A status is sent when it differs from what the log last
 * said (the API appends nothing for a repeat, so a report whose event is not back yet costs one call); a
 * server's state also when it differs from what this agent last sent, since the observer sees it every second.
 * A report that failed is sent again on the next observation or apply.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class);

    private final ControlPlane controlPlane;
    private final DesiredState desired;
    private final String instanceId;
    private final Map<String, String> sent = new ConcurrentHashMap<>();

    Reports(@RestClient ControlPlane controlPlane, DesiredState desired, DataPlaneConfig config) {
        this.controlPlane = controlPlane;
        this.desired = desired;
        this.instanceId = config.instanceId();
    }

    public void status(UUID lbId, String status, String reason) {
        if (desired.reportedStatus(lbId).filter(status::equals).isPresent()) {
            return;
        }
        LOG.infof("lb %s is %s%s", lbId, status, reason == null ? "" : ": " + reason);
        send(lbId, null, () -> controlPlane.reportStatus(lbId, new LbStatusReport(status, reason)));
    }

    public void server(UUID lbId, UUID backendId, String ip, String state, String check, String reason) {
        DesiredState.ServerObservation observation = new DesiredState.ServerObservation(state, check);
        String key = lbId + " " + backendId + " " + ip;
        if (desired.reportedServer(lbId, backendId, ip).filter(observation::equals).isPresent()
                || !changed(key, state + " " + check)) {
            return;
        }
        LOG.infof("lb %s backend %s server %s is %s, last check %s%s", lbId, backendId, ip, state, check,
                reason == null ? "" : " (" + reason + ")");
        send(lbId, key, () -> controlPlane.reportServer(lbId, new ServerStateReport(backendId.toString(), ip,
                instanceId, state, check, reason)));
    }

    public void certificateIssued(UUID certificateId, String pemBundle) {
        LOG.infof("certificate %s issued", certificateId);
        send(certificateId, null, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("ready", null, pemBundle)));
    }

    public void certificateFailed(UUID certificateId, String reason) {
        send(certificateId, null, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("error", reason == null ? "the ACME exchange failed" : reason, null)));
    }

    private boolean changed(String key, String value) {
        return !Objects.equals(sent.put(key, value), value);
    }

    /**
     * {@code subject}: the LB or certificate reported on, for the logs; {@code sentKey}: what to forget if the
     * report did not arrive (null when nothing was remembered). A 404 (the LB is gone, or not yet readable) is
     * forgotten too: a deletion stops the reports, a late read model gets the next one.
     */
    private void send(UUID subject, String sentKey, Runnable report) {
        try {
            report.run();
        } catch (WebApplicationException e) {
            forget(sentKey);
            LOG.warnf("the control plane refused a report on %s: HTTP %d", subject, e.getResponse().getStatus());
        } catch (RuntimeException e) {
            forget(sentKey);
            LOG.warnf("reporting on %s failed, will report again: %s", subject, e.toString());
        }
    }

    private void forget(String sentKey) {
        if (sentKey != null) {
            sent.remove(sentKey);
        }
    }
}
