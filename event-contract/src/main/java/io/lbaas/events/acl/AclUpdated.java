package io.lbaas.events.acl;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;

/** A tenant replaced an ACL's settings. */
@EventType(name = "AclUpdated", version = 1, aggregate = AclEvents.AGGREGATE)
public record AclUpdated(AclSpec spec) implements EventPayload {
}
