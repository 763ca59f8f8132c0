package io.lbaas.api.certificate;

import java.util.List;

/** Scaleway's {@code ListCertificatesResponse}. */
public record ListCertificatesResponse(List<CertificateView> certificates, long totalCount) {
}
