package io.lbaas.api.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of an API key, as sent in {@code X-Auth-Token}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
