package io.lbaas.events.certificate;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.time.Instant;

/**
 * The data plane obtained a Let's Encrypt certificate (first issue or renewal): it is {@code ready}, with what its
 * leaf says and the PEM bundle (chain and private key) for the data plane to serve, as for a custom one.
 */
@EventType(name = "CertificateIssued", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record CertificateIssued(String fingerprint, Instant notValidBefore, Instant notValidAfter, String pemBundle)
        implements EventPayload {

    /** Keeps the private key out of logs and error messages. */
    @Override
    public String toString() {
        return "CertificateIssued[fingerprint=" + fingerprint + ", notValidAfter=" + notValidAfter + "]";
    }
}
