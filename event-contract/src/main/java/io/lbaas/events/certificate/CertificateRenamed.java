package io.lbaas.events.certificate;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant renamed a certificate: the name is all updateCertificate changes. */
@EventType(name = "CertificateRenamed", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record CertificateRenamed(String name) implements EventPayload {
}
