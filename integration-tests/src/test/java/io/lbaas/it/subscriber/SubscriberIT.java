package io.lbaas.it.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscribers to alerts: one of e-mail or webhook, subscribed to LBs, deleting one unsubscribes its LBs. */
class SubscriberIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";
    /** A public address, so that the check of webhook targets passes without DNS. */
    private static final String PUBLIC_HOOK = "https://93.184.215.14/hooks/lb";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aWebhookSubscriberGetsItsSigningSecretOnceAndIsEmbeddedInItsLb() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        Api.Response created = api.post(token, Api.REGION + "/subscribers", "{\"name\":\"ops\",\"project_id\":\""
                + tenant.project() + "\",\"webhook_config\":{\"uri\":\"" + PUBLIC_HOOK + "\"}}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode subscriber = created.json();
        String id = subscriber.get("id").asText();
        assertThat(subscriber.get("webhook_config").get("uri").asText()).isEqualTo(PUBLIC_HOOK);
        assertThat(subscriber.get("email_config").isNull()).isTrue();
        assertThat(subscriber.get("webhook_secret").asText()).startsWith("whsec_");
        Api.Response read = api.get(token, ZONE + "/subscribers/" + id);
        assertThat(read.body()).isEqualTo("{\"id\":\"" + id + "\",\"name\":\"ops\",\"email_config\":null,"
                + "\"webhook_config\":{\"uri\":\"" + PUBLIC_HOOK + "\"}}");

        String lb = api.createLb(token, tenant.project(), "alerted");
        Api.Response subscribed = api.post(token, ZONE + "/lb/" + lb + "/subscribe", "{\"subscriber_id\":\"" + id
                + "\"}");
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        assertThat(subscribed.json().get("subscriber").toString()).isEqualTo(read.body());
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("subscriber").get("id").asText()).isEqualTo(id);

        Api.Response unsubscribed = api.delete(token, ZONE + "/lb/" + lb + "/unsubscribe");
        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.json().get("subscriber").isNull()).isTrue();
    }

    @Test
    void anEmailSubscriberCanBecomeAWebhookAndExactlyOneIsRequired() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String id = api.post(token, ZONE + "/subscribers", "{\"name\":\"mail\",\"project_id\":\"" + tenant.project()
                + "\",\"email_config\":{\"email\":\"ops@example.com\"}}").json().get("id").asText();

        Api.Response both = api.put(token, ZONE + "/subscribers/" + id, "{\"name\":\"x\",\"email_config\":{\"email\":"
                + "\"a@example.com\"},\"webhook_config\":{\"uri\":\"" + PUBLIC_HOOK + "\"}}");
        Api.Response neither = api.put(token, ZONE + "/subscribers/" + id, "{\"name\":\"x\"}");
        Api.Response badEmail = api.put(token, ZONE + "/subscribers/" + id, "{\"name\":\"x\",\"email_config\":"
                + "{\"email\":\"not-an-address\"}}");
        Api.Response hook = api.put(token, ZONE + "/subscribers/" + id, "{\"name\":\"hook\",\"webhook_config\":"
                + "{\"uri\":\"" + PUBLIC_HOOK + "\"}}");

        assertThat(List.of(both.status(), neither.status(), badEmail.status())).containsOnly(400);
        assertThat(badEmail.json().get("details").get(0).get("argument_name").asText())
                .isEqualTo("email_config.email");
        assertThat(hook.status()).as(hook.body()).isEqualTo(200);
        assertThat(hook.json().get("email_config").isNull()).isTrue();
        assertThat(hook.json().has("webhook_secret")).as("the secret is shown at creation only").isFalse();
        assertThat(api.get(token, ZONE + "/subscribers?name=HOO").json().get("total_count").asInt()).isEqualTo(1);
    }

    @Test
    void webhooksIntoOurOwnNetworkAreRefused() {
        Tenant tenant = system.tenants().create();

        for (String uri : List.of("http://127.0.0.1:8080/admin", "http://169.254.169.254/latest/meta-data",
                "http://10.0.0.7/hook", "http://[::1]/hook", "http://localhost/hook", "ftp://93.184.215.14/x",
                "https://user:pw@93.184.215.14/x")) {
            Api.Response refused = api.post(tenant.writerToken(), ZONE + "/subscribers", "{\"name\":\"x\","
                    + "\"project_id\":\"" + tenant.project() + "\",\"webhook_config\":{\"uri\":\"" + uri + "\"}}");
            assertThat(refused.status()).as(uri + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("details").get(0).get("argument_name").asText())
                    .isEqualTo("webhook_config.uri");
        }
        assertThat(api.get(tenant.readerToken(), ZONE + "/subscribers").json().get("total_count").asInt()).isZero();
    }

    @Test
    void deletingASubscriberUnsubscribesItsLbsAtBothPaths() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String first = subscriber(token, tenant, "first");
        String second = subscriber(token, tenant, "second");
        String lb = api.createLb(token, tenant.project(), "a");
        String otherLb = api.createLb(token, tenant.project(), "b");
        api.post(token, ZONE + "/lb/" + lb + "/subscribe", "{\"subscriber_id\":\"" + first + "\"}");
        api.post(token, ZONE + "/lb/" + otherLb + "/subscribe", "{\"subscriber_id\":\"" + second + "\"}");

        assertThat(api.delete(token, Api.REGION + "/lb/subscriber/" + first).status()).isEqualTo(204);
        assertThat(api.delete(token, ZONE + "/lb/subscription/" + second).status()).isEqualTo(204);

        assertThat(api.get(token, ZONE + "/subscribers/" + first).status()).isEqualTo(404);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("subscriber").isNull()).isTrue();
        assertThat(api.get(token, ZONE + "/lbs/" + otherLb).json().get("subscriber").isNull()).isTrue();
    }

    @Test
    void anotherTenantsSubscriberCannotBeSeenUsedOrDeleted() {
        Tenant owner = system.tenants().create();
        String subscriber = subscriber(owner.writerToken(), owner, "mine");
        Tenant stranger = system.tenants().create();
        String strangersLb = api.createLb(stranger.writerToken(), stranger.project(), "theirs");
        String ownersLb = api.createLb(owner.writerToken(), owner.project(), "owned");

        for (Api.Response answer : List.of(
                api.get(stranger.writerToken(), ZONE + "/subscribers/" + subscriber),
                api.put(stranger.writerToken(), ZONE + "/subscribers/" + subscriber, "{\"name\":\"x\","
                        + "\"email_config\":{\"email\":\"x@example.com\"}}"),
                api.delete(stranger.writerToken(), ZONE + "/lb/subscription/" + subscriber),
                api.post(stranger.writerToken(), ZONE + "/lb/" + strangersLb + "/subscribe",
                        "{\"subscriber_id\":\"" + subscriber + "\"}"),
                api.post(stranger.writerToken(), ZONE + "/lb/" + ownersLb + "/subscribe",
                        "{\"subscriber_id\":\"" + subscriber + "\"}"),
                api.delete(stranger.writerToken(), ZONE + "/lb/" + ownersLb + "/unsubscribe"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }
        assertThat(api.get(stranger.writerToken(), ZONE + "/subscribers").json().get("subscribers")).isEmpty();
    }

    private static String subscriber(String token, Tenant tenant, String name) {
        return api.post(token, ZONE + "/subscribers", "{\"name\":\"" + name + "\",\"project_id\":\""
                + tenant.project() + "\",\"email_config\":{\"email\":\"" + name + "@example.com\"}}").json()
                .get("id").asText();
    }
}
