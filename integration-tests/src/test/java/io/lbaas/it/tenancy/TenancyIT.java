package io.lbaas.it.tenancy;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rule 5: a tenant sees and changes only what its token grants; everything else does not exist. */
class TenancyIT {

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void bobGetsNotFoundForAlicesLbAndNeverSeesItInLists() {
        Tenant alice = system.tenants().create();
        Tenant bob = system.tenants().create();
        String lb = api.createLb(alice.writerToken(), alice.project(), "alices");
        String bobs = bob.writerToken();

        Api.Response get = api.get(bobs, REGION + "/lbs/" + lb);
        Api.Response update = api.put(bobs, REGION + "/lbs/" + lb, "{\"name\":\"stolen\",\"description\":\"\"}");
        Api.Response delete = api.delete(bobs, REGION + "/lbs/" + lb);

        for (Api.Response answer : new Api.Response[] {get, update, delete}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("type").asText()).isEqualTo("not_found");
            assertThat(answer.json().get("resource_id").asText()).isEqualTo(lb);
        }
        assertThat(api.get(bobs, REGION + "/lbs?page_size=100").body()).doesNotContain(lb);
        assertThat(api.get(bobs, REGION + "/lbs?project_id=" + alice.project()).json().get("total_count").asInt())
                .isZero();
        assertThat(api.get(bobs, REGION + "/lbs?organization_id=" + alice.organizationId()).json()
                .get("total_count").asInt()).isZero();
        Api.Response stillThere = api.get(alice.writerToken(), REGION + "/lbs/" + lb);
        assertThat(stillThere.json().get("name").asText()).isEqualTo("alices");
    }

    @Test
    void bobCannotCreateAnLbInAlicesProject() {
        Tenant alice = system.tenants().create();
        Tenant bob = system.tenants().create();

        Api.Response created = api.post(bob.writerToken(), REGION + "/lbs",
                "{\"name\":\"intruder\",\"project_id\":\"" + alice.project() + "\"}");

        assertThat(created.status()).isEqualTo(403);
        assertThat(created.json().get("type").asText()).isEqualTo("permissions_denied");
        assertThat(api.get(alice.readerToken(), REGION + "/lbs").json().get("total_count").asInt()).isZero();
    }

    @Test
    void aReaderReadsButGetsForbiddenOnEveryWrite() {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "read-only");
        String reader = tenant.readerToken();

        assertThat(api.get(reader, REGION + "/lbs/" + lb).status()).isEqualTo(200);
        Api.Response create = api.post(reader, REGION + "/lbs", "{\"project_id\":\"" + tenant.project() + "\"}");
        Api.Response update = api.put(reader, REGION + "/lbs/" + lb, "{\"name\":\"x\",\"description\":\"\"}");
        Api.Response delete = api.delete(reader, REGION + "/lbs/" + lb);

        for (Api.Response answer : new Api.Response[] {create, update, delete}) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("type").asText()).isEqualTo("permissions_denied");
            assertThat(answer.json().get("details").get(0).get("action").asText()).isEqualTo("write");
        }
        assertThat(api.get(reader, REGION + "/lbs/" + lb).json().get("name").asText()).isEqualTo("read-only");
    }

    @Test
    void noTokenIsUnauthenticated() {
        Api.Response answer = api.get(null, REGION + "/lbs");

        assertDeniedAuthentication(answer);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aTamperedTokenIsUnauthenticated() {
        Tenant tenant = system.tenants().create();
        String[] parts = tenant.writerToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = claims.replace(tenant.project().toString(), UUID.randomUUID().toString());
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];

        assertDeniedAuthentication(api.get(tampered, REGION + "/lbs"));
        assertDeniedAuthentication(api.post(tampered, REGION + "/lbs", "{}"));
    }

    /** Keycloak's own admin token comes from the master realm: foreign to the API. */
    @Test
    void aTokenOfAnotherRealmIsUnauthenticated() {
        String masterAdmin = system.keycloak().masterAdminToken();

        assertDeniedAuthentication(api.get(masterAdmin, REGION + "/lbs"));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        Tenant tenant = system.tenants().create();
        String client = "short-lived-" + UUID.randomUUID().toString().substring(0, 8);
        system.keycloak().createCliClient(client, Map.of("access.token.lifespan", "1"));
        String token = system.keycloak().passwordToken(client, tenant.writer(), tenant.writer());

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(token, REGION + "/lbs").status() == 401);
        Api.Response answer = api.get(token, REGION + "/lbs");
        assertDeniedAuthentication(answer);
        assertThat(answer.json().get("reason").asText()).isEqualTo("expired");
    }

    private static void assertDeniedAuthentication(Api.Response answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.json().get("type").asText()).isEqualTo("denied_authentication");
        assertThat(answer.json().has("method")).isTrue();
    }
}
