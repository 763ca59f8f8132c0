package io.lbaas.api.core;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the read models belong to another event log than the one this service writes to. */
@Readiness
@ApplicationScoped
public class ReadModelsCheck implements HealthCheck {

    private final ProjectionProgress progress;

    ReadModelsCheck(ProjectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        String refusal = progress.refusal();
        var response = HealthCheckResponse.named("read models of this event log");
        return refusal == null ? response.up().build() : response.down().withData("problem", refusal).build();
    }
}
