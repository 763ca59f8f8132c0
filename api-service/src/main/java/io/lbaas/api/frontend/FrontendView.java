package io.lbaas.api.frontend;

import io.lbaas.api.backend.BackendView;
import io.lbaas.api.certificate.CertificateView;
import io.lbaas.api.lb.LbView;
import io.lbaas.events.frontend.FrontendSpec;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Scaleway's {@code Frontend}, with its backend (itself embedding the LB) and its LB embedded whole, and the
 * deprecated {@code certificate}: the first of {@code certificate_ids}.
 */
public record FrontendView(
        UUID id,
        String name,
        int inboundPort,
        BackendView backend,
        LbView lb,
        long timeoutClient,
        CertificateView certificate,
        List<UUID> certificateIds,
        Instant createdAt,
        Instant updatedAt,
        boolean enableHttp3,
        Integer connectionRateLimit,
        boolean enableAccessLogs) {

    static FrontendView of(FrontendEntity frontend, FrontendSpec spec, BackendView backend, LbView lb,
                           CertificateView certificate) {
        return new FrontendView(frontend.id, spec.name(), spec.inboundPort(), backend, lb, spec.timeoutClient(),
                certificate,
                spec.certificateIds(), frontend.createdAt, frontend.updatedAt, spec.enableHttp3(),
                spec.connectionRateLimit(), spec.enableAccessLogs());
    }
}
