package io.lbaas.testsupport;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Makes a fresh tenant in Keycloak, so that no two tests share one. */
public final class Tenants {

    private final KeycloakAdmin keycloak;

    public Tenants(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    public Tenant create() {
        return create(1);
    }

    public Tenant create(int projects) {
        return create(IntStream.range(0, projects).mapToObj(i -> UUID.randomUUID()).toList());
    }

    /** A tenant with these projects, for tests that need projects on chosen partitions of the log. */
    public Tenant create(List<UUID> projectIds) {
        UUID organization = UUID.randomUUID();
        List<String> projectClaims = projectIds.stream().map(UUID::toString).toList();
        String suffix = organization.toString().substring(0, 8);
        String writer = "writer-" + suffix;
        String reader = "reader-" + suffix;
        keycloak.createUser(writer, organization.toString(), projectClaims, List.of("lb-writer"));
        keycloak.createUser(reader, organization.toString(), projectClaims, List.of("lb-reader"));
        return new Tenant(keycloak, organization, projectIds, writer, reader);
    }
}
