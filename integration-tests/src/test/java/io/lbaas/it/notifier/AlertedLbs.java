package io.lbaas.it.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneReports;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tenant's LBs subscribed, through the API, to one subscriber; and the data plane's reports on them. The API
 * used accepts webhooks on loopback, where the tests' receivers listen.
 */
final class AlertedLbs {

    static final String ZONE = "/lb/v1/zones/fr-par-1";

    final Tenant tenant;
    final String subscriber;
    final String secret;
    private final Api api;
    private final DataPlaneReports reports;

    private AlertedLbs(SystemUnderTest system, String config) {
        this.api = system.loopbackWebhooksApi();
        this.reports = new DataPlaneReports(system);
        this.tenant = system.tenants().create();
        Api.Response created = api.post(tenant.writerToken(), ZONE + "/subscribers", "{\"name\":\"ops\","
                + "\"project_id\":\"" + tenant.project() + "\"," + config + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode subscriber = created.json();
        this.subscriber = subscriber.get("id").asText();
        this.secret = subscriber.get("webhook_secret").asText();
    }

    static AlertedLbs toWebhook(SystemUnderTest system, String uri) {
        return new AlertedLbs(system, "\"webhook_config\":{\"uri\":\"" + uri + "\"}");
    }

    static AlertedLbs toEmail(SystemUnderTest system, String address) {
        return new AlertedLbs(system, "\"email_config\":{\"email\":\"" + address + "\"}");
    }

    /** A new LB of the tenant, subscribed. */
    String lb(String name) {
        String lb = api.createLb(tenant.writerToken(), tenant.project(), name);
        Api.Response subscribed = api.post(tenant.writerToken(), ZONE + "/lb/" + lb + "/subscribe",
                "{\"subscriber_id\":\"" + subscriber + "\"}");
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        return lb;
    }

    void status(String lb, String status) {
        try {
            reports.lbStatus(tenant, lb, status);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode deliveries(String query) {
        Api.Response answer = api.get(tenant.readerToken(), ZONE + "/subscribers/" + subscriber + "/deliveries"
                + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Once {@code query} finds exactly {@code count} deliveries (waiting at most {@code within}), the first page. */
    JsonNode awaitDeliveries(String query, int count, Duration within) {
        return await().atMost(within).until(() -> deliveries(query),
                found -> found.get("total_count").asInt() == count).get("deliveries");
    }

    Api.Response retry(String delivery) {
        return api.post(tenant.writerToken(), ZONE + "/subscribers/" + subscriber + "/deliveries/" + delivery
                + "/retry", "");
    }
}
