package io.lbaas.api.tenancy;

/** Keycloak realm roles the API checks. {@code lb-writer} includes {@code lb-reader} in the realm. */
public final class Roles {

    public static final String READER = "lb-reader";
    public static final String WRITER = "lb-writer";

    private Roles() {
    }
}
