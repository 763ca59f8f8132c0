package io.lbaas.events.acl;

/** Names shared by the ACL's events. */
public final class AclEvents {

    public static final String AGGREGATE = "acl";

    private AclEvents() {
    }
}
