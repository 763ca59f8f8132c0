package io.lbaas.it.apikey;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Scaleway's clients authenticate with a secret key in X-Auth-Token: an API key a Keycloak identity made. */
class ApiKeyIT {

    private static final String KEYS = "/lbaas/v1/api-keys";
    private static final String LBS = "/lb/v1/zones/fr-par-1/lbs";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void anApiKeyActsAsTheIdentityThatMadeIt() {
        Tenant tenant = system.tenants().create();
        JsonNode key = api.post(tenant.writerToken(), KEYS, "{\"description\":\"terraform\"}").json();
        Api scaleway = api.withApiKey(key.get("secret_key").asText());

        Api.Response created = scaleway.post(null, LBS, "{\"name\":\"by-key\",\"project_id\":\"" + tenant.project()
                + "\"}");

        assertThat(key.get("access_key").asText()).matches("SCW[A-Z0-9]{17}");
        assertThat(UUID.fromString(key.get("secret_key").asText())).isNotNull();
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(scaleway.get(null, LBS).json().get("total_count").asInt()).isEqualTo(1);
        assertThat(api.get(tenant.readerToken(), LBS + "/" + created.json().get("id").asText()).status())
                .isEqualTo(200);
        JsonNode listed = api.get(tenant.writerToken(), KEYS).json();
        assertThat(listed.get("api_keys").get(0).get("access_key").asText()).isEqualTo(key.get("access_key").asText());
        assertThat(listed.get("api_keys").get(0).has("secret_key")).as("the secret is shown once").isFalse();
    }

    @Test
    void aKeyHasTheRolesAndTheTenancyOfItsMaker() {
        Tenant tenant = system.tenants().create();
        Tenant other = system.tenants().create();
        String otherLb = api.createLb(other.writerToken(), other.project(), "not-yours");
        Api readerKey = api.withApiKey(api.post(tenant.readerToken(), KEYS, "{}").json().get("secret_key").asText());

        Api.Response write = readerKey.post(null, LBS, "{\"project_id\":\"" + tenant.project() + "\"}");
        Api.Response foreign = readerKey.get(null, LBS + "/" + otherLb);

        assertThat(write.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(readerKey.get(null, LBS).status()).isEqualTo(200);
    }

    @Test
    void unknownAndRevokedKeysAreRefusedInScalewaysShape() {
        Tenant tenant = system.tenants().create();
        JsonNode key = api.post(tenant.writerToken(), KEYS, "{}").json();
        Api scaleway = api.withApiKey(key.get("secret_key").asText());
        assertThat(scaleway.get(null, LBS).status()).isEqualTo(200);

        assertThat(api.delete(system.tenants().create().writerToken(), KEYS + "/" + key.get("id").asText()).status())
                .as("nobody else can revoke it").isEqualTo(404);
        assertThat(api.delete(tenant.writerToken(), KEYS + "/" + key.get("id").asText()).status()).isEqualTo(204);
        Api.Response revoked = scaleway.get(null, LBS);
        Api.Response unknown = api.withApiKey(UUID.randomUUID().toString()).get(null, LBS);

        for (Api.Response answer : new Api.Response[] {revoked, unknown}) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("type").asText()).isEqualTo("denied_authentication");
            assertThat(answer.json().get("method").asText()).isEqualTo("api_key");
            assertThat(answer.json().get("reason").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void aBearerTokenWinsOverAnXAuthTokenAndKeysCannotMakeKeys() {
        Tenant tenant = system.tenants().create();
        Api withDummyKey = api.withApiKey("11111111-1111-1111-1111-111111111111");
        Api scaleway = api.withApiKey(api.post(tenant.writerToken(), KEYS, "{}").json().get("secret_key").asText());

        assertThat(withDummyKey.get(tenant.readerToken(), LBS).status()).isEqualTo(200);
        assertThat(scaleway.post(null, KEYS, "{}").status()).isEqualTo(403);
    }
}
