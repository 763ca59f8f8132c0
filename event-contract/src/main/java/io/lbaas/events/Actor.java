package io.lbaas.events;

/**
 * Who caused an event: a user or a service account authenticated by Keycloak, or the system itself
 * (the data plane, a rebuild). {@code id} is the stable subject, {@code name} is for people reading a history.
 */
public record Actor(String type, String id, String name) {

    public static final String USER = "user";
    public static final String SERVICE_ACCOUNT = "service_account";
    public static final String SYSTEM = "system";

    public static Actor system(String component) {
        return new Actor(SYSTEM, component, component);
    }
}
