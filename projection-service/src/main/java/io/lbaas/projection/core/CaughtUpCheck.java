package io.lbaas.projection.core;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Ready once the read models have caught up with the log as it stood when the service first looked:
 * before that, the API would wait on every command. Once caught up, the check stays up.
 */
@Readiness
@ApplicationScoped
public class CaughtUpCheck implements HealthCheck {

    private final EventLogEnd logEnd;
    private final PositionStore positions;
    private volatile Map<Integer, Long> target;
    private volatile boolean caughtUp;

    CaughtUpCheck(EventLogEnd logEnd, PositionStore positions) {
        this.logEnd = logEnd;
        this.positions = positions;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("read models caught up with the event log");
        if (caughtUp) {
            return response.up().build();
        }
        try {
            if (target == null) {
                target = logEnd.endOffsets();
            }
            Map<Integer, Long> applied = positions.loadAll();
            long behind = target.entrySet().stream()
                    .mapToLong(e -> Math.max(0, e.getValue() - applied.getOrDefault(e.getKey(), 0L)))
                    .sum();
            caughtUp = behind == 0;
            return response.status(caughtUp).withData("events_behind", behind).build();
        } catch (Exception e) {
            return response.down().withData("problem", e.toString()).build();
        }
    }
}
