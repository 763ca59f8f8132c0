package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.certificate.CertificateEvents;

/** A tenant changed the one thing of an OVH SSL certificate OVH lets change, its display name (null: none). */
@EventType(name = "OvhSslRenamed", version = 1, aggregate = CertificateEvents.AGGREGATE)
public record OvhSslRenamed(String displayName) implements EventPayload {
}
