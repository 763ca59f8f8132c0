package io.lbaas.dataplane.report;

import io.lbaas.dataplane.desired.DesiredState;
import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.lbaas.events.dataplane.TrafficReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Tells the control plane what changed, and only that: a report is sent when it differs from what the log last
 * said. The API appends nothing for a repeat, so a report whose event is not back yet costs one more call; one
 * that failed is sent again on the next observation (every second) or apply (at least every resync).
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class);

    private final ControlPlane controlPlane;
    private final DesiredState desired;
    private final String instanceId;

    Reports(@RestClient ControlPlane controlPlane, DesiredState desired, DataPlaneConfig config) {
        this.controlPlane = controlPlane;
        this.desired = desired;
        this.instanceId = config.instanceId();
    }

    public void status(UUID lbId, String status, String reason) {
        if (desired.reported(lbId, status, reason)) {
            return;
        }
        LOG.infof("lb %s is %s%s", lbId, status, reason == null ? "" : ": " + reason);
        send(lbId, () -> controlPlane.reportStatus(lbId, new LbStatusReport(status, reason)));
    }

    public void removed(UUID lbId) {
        LOG.infof("lb %s is taken down", lbId);
        send(lbId, () -> controlPlane.reportRemoved(lbId));
    }

    public void server(UUID lbId, UUID backendId, String ip, String state, String check, String reason) {
        DesiredState.ServerObservation observation = new DesiredState.ServerObservation(state, check);
        if (desired.reportedServer(lbId, backendId, ip).filter(observation::equals).isPresent()) {
            return;
        }
        LOG.infof("lb %s backend %s server %s is %s, last check %s%s", lbId, backendId, ip, state, check,
                reason == null ? "" : " (" + reason + ")");
        send(lbId, () -> controlPlane.reportServer(lbId, new ServerStateReport(backendId.toString(), ip,
                instanceId, state, check, reason)));
    }

    /** Counters change with every request: sent every time, and never compared with the log. */
    public void traffic(UUID lbId, List<TrafficReport.ServerTraffic> servers) {
        send(lbId, () -> controlPlane.reportTraffic(lbId, new TrafficReport(instanceId, servers)));
    }

    public void privateNetworkReady(UUID attachmentId) {
        send(attachmentId, () -> controlPlane.reportPrivateNetworkReady(attachmentId));
    }

    public void certificateIssued(UUID certificateId, String pemBundle) {
        LOG.infof("certificate %s issued", certificateId);
        send(certificateId, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("ready", null, pemBundle)));
    }

    public void certificateFailed(UUID certificateId, String reason) {
        send(certificateId, () -> controlPlane.reportCertificate(certificateId,
                new CertificateReport("error", reason == null ? "the ACME exchange failed" : reason, null)));
    }

    /** {@code subject}: the LB or certificate reported on, for the logs. */
    private void send(UUID subject, Runnable report) {
        try {
            report.run();
        } catch (WebApplicationException e) {
            LOG.warnf("the control plane refused a report on %s: HTTP %d", subject, e.getResponse().getStatus());
        } catch (RuntimeException e) {
            LOG.warnf("reporting on %s failed, will report again: %s", subject, e.toString());
        }
    }
}
