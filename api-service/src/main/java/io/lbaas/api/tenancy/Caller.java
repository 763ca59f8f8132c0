package io.lbaas.api.tenancy;

import io.lbaas.events.Actor;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and what their token grants: one organization and some of its projects. Every read and
 * write is scoped by this; a resource outside it does not exist for the caller.
 */
public record Caller(Actor actor, UUID organizationId, Set<UUID> projectIds) {

    public boolean mayAccess(UUID organization, UUID project) {
        return organizationId != null && organizationId.equals(organization) && projectIds.contains(project);
    }

    /** True for a token that grants nothing: no organization or no project. */
    public boolean grantsNothing() {
        return organizationId == null || projectIds.isEmpty();
    }
}
