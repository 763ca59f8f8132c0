package io.lbaas.dataplane.certificate;

import io.lbaas.dataplane.desired.DesiredState;
import io.lbaas.dataplane.report.Reports;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Obtains the Let's Encrypt certificates of the load balancers this agent runs, and renews them before they
 * expire. An issue takes seconds to minutes (the CA validates the names), so it runs beside the reconcilers, one
 * per certificate at a time; its outcome goes to the control plane, whose event brings the bundle back here.
 */
@ApplicationScoped
public class CertificateIssuance {

    private static final Logger LOG = Logger.getLogger(CertificateIssuance.class);

    private final DesiredState desired;
    private final AcmeIssuer issuer;
    private final HaproxyChallenges challenges;
    private final Reports reports;
    private final Clock clock = Clock.systemUTC();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    /** The LBs this agent has applied: only their certificates are renewed here. */
    private final Set<UUID> served = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "acme-issuer");
        thread.setDaemon(true);
        return thread;
    });

    CertificateIssuance(DesiredState desired, AcmeIssuer issuer, HaproxyChallenges challenges, Reports reports) {
        this.desired = desired;
        this.issuer = issuer;
        this.challenges = challenges;
        this.reports = reports;
    }

    /** Starts obtaining what {@code lbId} lacks or must renew; the LB serves its challenges meanwhile. */
    public void issueDue(UUID lbId) {
        served.add(lbId);
        for (DesiredState.CertificateOrder order : desired.certificateOrders(lbId)) {
            boolean due = order.issuedUntil() == null || issuer.needsRenewal(order.issuedUntil(), clock.instant());
            if (due && inFlight.add(order.certificateId())) {
                workers.execute(() -> issue(lbId, order));
            }
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void renewDue() {
        served.retainAll(desired.lbIds());
        served.forEach(this::issueDue);
    }

    private void issue(UUID lbId, DesiredState.CertificateOrder order) {
        try {
            LOG.infof("lb %s: obtaining certificate %s for %s %s", lbId, order.certificateId(), order.commonName(),
                    order.alternativeNames());
            IssuedCertificate issued = issuer.issue(order.commonName(), order.alternativeNames(),
                    challenges.of(lbId));
            reports.certificateIssued(order.certificateId(), issued.pemBundle());
        } catch (AcmeIssueException | RuntimeException e) {
            LOG.warnf("lb %s: certificate %s could not be obtained: %s", lbId, order.certificateId(),
                    e.getMessage());
            if (order.issuedUntil() == null) {
                reports.certificateFailed(order.certificateId(), e.getMessage());
            }
            // A renewal that failed leaves the valid certificate serving; the next hourly check tries again.
        } finally {
            inFlight.remove(order.certificateId());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
