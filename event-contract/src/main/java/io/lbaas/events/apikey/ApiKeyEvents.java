package io.lbaas.events.apikey;

/**
 * Names shared by the API key's events. An API key belongs to an organization rather than to one project: its
 * events carry the organization's id as their project id (Scaleway's default project has the organization's id),
 * so that all keys of an organization are ordered on one partition.
 */
public final class ApiKeyEvents {

    public static final String AGGREGATE = "api_key";

    private ApiKeyEvents() {
    }
}
