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
 * Tells the control plane what changed, and only that: a report is sent when it differs from what the log last
 * said and from what this agent last sent (its event may not be back from the log yet). A report the API refuses
 * because the LB is gone is dropped: the LB's deletion is on its way.
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
        if (desired.reportedStatus(lbId).filter(status::equals).isPresent()
                || !changed(lbId.toString(), status + " " + reason)) {
            return;
        }
        LOG.infof("lb %s is %s%s", lbId, status, reason == null ? "" : ": " + reason);
        send(lbId, lbId.toString(), () -> controlPlane.reportStatus(lbId, new LbStatusReport(status, reason)));
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
        send(certificateId, "certificate " + certificateId, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("ready", null, pemBundle)));
    }

    public void certificateFailed(UUID certificateId, String reason) {
        send(certificateId, "certificate " + certificateId, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("error", reason == null ? "the ACME exchange failed" : reason, null)));
    }

    private boolean changed(String key, String value) {
        return !Objects.equals(sent.put(key, value), value);
    }

    /** {@code subject}: the LB or certificate reported on, for the logs. */
    private void send(UUID subject, String key, Runnable report) {
        try {
            report.run();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                sent.remove(key);
                LOG.warnf("the control plane refused a report on %s: HTTP %d", subject, e.getResponse().getStatus());
            }
        } catch (RuntimeException e) {
            sent.remove(key);
            LOG.warnf("reporting on %s failed, will report again: %s", subject, e.toString());
        }
    }
}
