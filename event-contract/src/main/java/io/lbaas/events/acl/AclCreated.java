package io.lbaas.events.acl;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

import java.util.UUID;

/** A tenant added an ACL to a frontend (of load balancer {@code lbId}). */
@EventType(name = "AclCreated", version = 1, aggregate = AclEvents.AGGREGATE)
public record AclCreated(UUID frontendId, UUID lbId, AclSpec spec) implements EventPayload {
}
