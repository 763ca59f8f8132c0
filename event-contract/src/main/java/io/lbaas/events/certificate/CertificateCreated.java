package io.lbaas.events.certificate;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tenant added a TLS certificate to a load balancer. A custom one carries what was read from its chain and the
 * PEM bundle itself (chain and private key) for the data plane; a Let's Encrypt one only its names, is
 * {@code pending}, and is issued by the data plane.
 */
@EventType(name = "CertificateCreated", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record CertificateCreated(
        UUID lbId,
        String name,
        String type,
        String commonName,
        List<String> subjectAlternativeName,
        String fingerprint,
        Instant notValidBefore,
        Instant notValidAfter,
        String status,
        String statusDetails,
        String pemBundle) implements EventPayload {

    /** Keeps the private key out of logs and error messages. */
    @Override
    public String toString() {
        return "CertificateCreated[lbId=" + lbId + ", name=" + name + ", type=" + type + ", commonName=" + commonName
                + ", status=" + status + "]";
    }
}
