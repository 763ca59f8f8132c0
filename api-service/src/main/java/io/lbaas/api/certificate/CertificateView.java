package io.lbaas.api.certificate;

import io.lbaas.api.lb.LbView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scaleway's {@code Certificate}, with its load balancer embedded whole. */
public record CertificateView(
        String type,
        UUID id,
        String commonName,
        List<String> subjectAlternativeName,
        String fingerprint,
        Instant notValidBefore,
        Instant notValidAfter,
        String status,
        LbView lb,
        String name,
        Instant createdAt,
        Instant updatedAt,
        String statusDetails) {

    public static CertificateView of(CertificateEntity certificate, LbView lb) {
        return new CertificateView(certificate.type, certificate.id, certificate.commonName,
                certificate.subjectAlternativeName, certificate.fingerprint, certificate.notValidBefore,
                certificate.notValidAfter, certificate.status, lb, certificate.name, certificate.createdAt,
                certificate.updatedAt, certificate.statusDetails);
    }
}
