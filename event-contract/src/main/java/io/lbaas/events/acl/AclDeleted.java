package io.lbaas.events.acl;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** An ACL was deleted: by a tenant, replaced by a set of ACLs, or along with its frontend. */
@EventType(name = "AclDeleted", version = 1, aggregate = AclEvents.AGGREGATE)
public record AclDeleted() implements EventPayload {
}
