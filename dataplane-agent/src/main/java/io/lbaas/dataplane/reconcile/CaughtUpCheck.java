package io.lbaas.dataplane.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the agent has read the log to its end and applied what it says: before that, it serves old state. */
@Readiness
@ApplicationScoped
public class CaughtUpCheck implements HealthCheck {

    private final Reconciler reconciler;

    CaughtUpCheck(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("event-log caught up").status(reconciler.isCaughtUp()).build();
    }
}
