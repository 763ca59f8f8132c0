package io.lbaas.api.tenancy;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;

import java.util.UUID;

/** Where a new resource goes: the project a create call names, within what the caller's token grants. */
public final class Projects {

    private Projects() {
    }

    /**
     * {@code project_id}, or the project of {@code organization_id} (Scaleway's default project has the
     * organization's id), or the caller's only project. Never one the token does not grant (403).
     */
    public static UUID target(Arguments arguments, Caller caller, UUID projectId, UUID organizationId) {
        if (projectId != null && organizationId != null) {
            arguments.problem("project_id", Arguments.CONSTRAINT, "give only one of project_id and organization_id");
            return null;
        }
        UUID project = projectId;
        if (project == null && organizationId != null) {
            if (!organizationId.equals(caller.organizationId())) {
                throw ApiException.permissionDenied("organization", "write");
            }
            project = caller.projectIds().contains(organizationId) ? organizationId : onlyProject(caller);
        } else if (project == null) {
            project = onlyProject(caller);
        }
        if (project == null) {
            arguments.problem("project_id", Arguments.REQUIRED, "your token grants several projects: name one");
        } else if (!caller.mayAccess(caller.organizationId(), project)) {
            throw ApiException.permissionDenied("project", "write");
        }
        return project;
    }

    private static UUID onlyProject(Caller caller) {
        return caller.projectIds().size() == 1 ? caller.projectIds().iterator().next() : null;
    }
}
