package io.lbaas.events.certificate;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** The data plane could not obtain a Let's Encrypt certificate: it is in {@code error}, saying why. */
@EventType(name = "CertificateIssueFailed", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record CertificateIssueFailed(String reason) implements EventPayload {
}
