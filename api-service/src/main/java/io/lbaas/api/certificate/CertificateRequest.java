package io.lbaas.api.certificate;

import java.util.List;

/** Body of createCertificate: one of {@code letsencrypt} and {@code custom_certificate}. */
public record CertificateRequest(String name, Letsencrypt letsencrypt, CustomCertificate customCertificate) {

    static final CertificateRequest EMPTY = new CertificateRequest(null, null, null);

    public record Letsencrypt(String commonName, List<String> subjectAlternativeName) {
    }

    /** {@code certificate_chain}: the PEM chain, leaf first, with the leaf's private key. */
    public record CustomCertificate(String certificateChain) {
    }

    /** Body of updateCertificate. */
    public record Rename(String name) {
    }
}
