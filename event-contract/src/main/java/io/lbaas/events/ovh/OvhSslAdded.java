package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.certificate.CertificateEvents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tenant added an SSL certificate to an OVH service ({@code POST /ssl}): a certificate of the shared certificate
 * aggregate, in OVH's model, that every OVH frontend with {@code ssl} serves once a refresh publishes it.
 * {@code sslId} is its OVH id; {@code fingerprint} is OVH's (SHA-1 of the DER, upper-case hex pairs joined by
 * colons); {@code pemBundle} is the certificate, its chain and its private key, for the data plane.
 */
@EventType(name = "OvhSslAdded", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record OvhSslAdded(
        UUID lbId,
        long sslId,
        String displayName,
        String subject,
        List<String> san,
        String fingerprint,
        String serial,
        Instant expireDate,
        String pemBundle) implements EventPayload {

    /** Keeps the private key out of logs and error messages. */
    @Override
    public String toString() {
        return "OvhSslAdded[lbId=" + lbId + ", sslId=" + sslId + ", subject=" + subject + ", fingerprint="
                + fingerprint + "]";
    }
}
