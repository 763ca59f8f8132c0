package io.lbaas.testsupport;

import java.util.List;
import java.util.UUID;

/**
 * An organization made for one test, with its projects and two users: a writer and a reader of all its
 * projects. Their passwords are their names.
 */
public record Tenant(KeycloakAdmin keycloak, UUID organizationId, List<UUID> projectIds, String writer,
                     String reader) {

    public UUID project() {
        return projectIds.get(0);
    }

    public String writerToken() {
        return keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, writer, writer);
    }

    public String readerToken() {
        return keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, reader, reader);
    }
}
