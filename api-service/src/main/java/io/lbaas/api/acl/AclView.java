package io.lbaas.api.acl;

import io.lbaas.api.frontend.FrontendView;
import io.lbaas.events.acl.AclSpec;

import java.time.Instant;
import java.util.UUID;

/**
 * Scaleway's {@code Acl}, with its frontend embedded whole. Its action and match have the same fields as the event
 * contract's, so they are answered as they are stored.
 */
public record AclView(
        UUID id,
        String name,
        AclSpec.Match match,
        AclSpec.Action action,
        FrontendView frontend,
        int index,
        Instant createdAt,
        Instant updatedAt,
        String description) {

    static AclView of(AclEntity acl, AclSpec spec, FrontendView frontend) {
        return new AclView(acl.id, spec.name(), spec.match(), spec.action(), frontend, spec.index(), acl.createdAt,
                acl.updatedAt, spec.description());
    }
}
