package io.lbaas.events.certificate;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A certificate was deleted, by a tenant or along with its load balancer. */
@EventType(name = "CertificateDeleted", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record CertificateDeleted() implements EventPayload {
}
