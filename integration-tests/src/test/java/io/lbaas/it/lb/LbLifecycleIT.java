package io.lbaas.it.lb;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the data plane's observations mean to tenants: statuses that refuse changes while they last, migration to
 * another offer, and the state of backend servers.
 */
class LbLifecycleIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aMigratingLbRefusesChangesWithItsStateButItsChildrenChangeWhileItIsBeingCreated() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "moving");
        String backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":80}").json()
                .get("id").asText();
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("status").asText()).isEqualTo("to_create");
        assertThat(api.put(token, ZONE + "/backends/" + backend + "/servers", "{\"server_ip\":[\"10.0.0.1\"]}")
                .status()).as("no lock while the LB is being created").isEqualTo(200);

        reportStatus(tenant, lb, "migrating");

        for (Api.Response refused : List.of(
                api.put(token, ZONE + "/lbs/" + lb, "{\"name\":\"x\"}"),
                api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":81}"),
                api.put(token, ZONE + "/backends/" + backend + "/servers", "{\"server_ip\":[\"10.0.0.2\"]}"),
                api.delete(token, ZONE + "/lbs/" + lb))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).isEqualTo("transient_state");
            assertThat(refused.json().get("resource").asText()).isEqualTo("lb");
            assertThat(refused.json().get("resource_id").asText()).isEqualTo(lb);
            assertThat(refused.json().get("current_state").asText()).isEqualTo("migrating");
        }

        reportStatus(tenant, lb, "ready");
        assertThat(api.put(token, ZONE + "/lbs/" + lb, "{\"name\":\"settled\"}").status()).isEqualTo(200);
    }

    @Test
    void migrationChangesTheOfferOnlyWhenTheLbFitsIt() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "growing");

        Api.Response bigger = api.post(token, ZONE + "/lbs/" + lb + "/migrate", "{\"type\":\"LB-GP-M\"}");
        assertThat(bigger.status()).as(bigger.body()).isEqualTo(200);
        assertThat(bigger.json().get("type").asText()).isEqualTo("LB-GP-M");
        for (int i = 0; i < 11; i++) {
            assertThat(api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":" + (8000 + i) + "}")
                    .status()).isEqualTo(200);
        }

        Api.Response smaller = api.post(token, Api.REGION + "/lbs/" + lb + "/migrate", "{\"type\":\"LB-S\"}");
        Api.Response unknown = api.post(token, ZONE + "/lbs/" + lb + "/migrate", "{\"type\":\"LB-XXL\"}");

        assertThat(smaller.status()).isEqualTo(403);
        assertThat(smaller.json().get("type").asText()).isEqualTo("quotas_exceeded");
        assertThat(smaller.json().get("details").get(0).get("resource").asText()).isEqualTo("lb_backends");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.get(token, ZONE + "/lbs/" + lb).json().get("type").asText()).isEqualTo("LB-GP-M");
    }

    @Test
    void backendStatsListEveryServerOfEveryPoolWithWhatTheDataPlaneObserved() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "observed");
        String web = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":80,\"server_ip\":"
                + "[\"10.0.0.1\",\"10.0.0.2\"]}").json().get("id").asText();
        String db = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":5432,\"server_ip\":"
                + "[\"10.0.1.1\"]}").json().get("id").asText();
        observe(lb, web, "10.0.0.2", "running", "passed");

        JsonNode all = api.get(token, ZONE + "/lbs/" + lb + "/backend-stats").json();
        JsonNode ofDb = api.get(token, Api.REGION + "/lbs/" + lb + "/backend-stats?backend_id=" + db).json();
        JsonNode secondPage = api.get(token, ZONE + "/lbs/" + lb + "/backend-stats?page=2&page_size=2").json();

        assertThat(all.get("total_count").asInt()).isEqualTo(3);
        JsonNode servers = all.get("backend_servers_stats");
        assertThat(servers.get(0).get("ip").asText()).isEqualTo("10.0.0.1");
        assertThat(servers.get(0).get("server_state").asText()).isEqualTo("stopped");
        assertThat(servers.get(0).get("last_health_check_status").asText()).isEqualTo("unknown");
        assertThat(servers.get(1).get("server_state").asText()).isEqualTo("running");
        assertThat(servers.get(1).get("last_health_check_status").asText()).isEqualTo("passed");
        assertThat(servers.get(1).get("backend_id").asText()).isEqualTo(web);
        assertThat(ofDb.get("backend_servers_stats")).hasSize(1);
        assertThat(secondPage.get("backend_servers_stats").get(0).get("ip").asText()).isEqualTo("10.0.1.1");
        assertThat(api.get(token, ZONE + "/lbs/" + lb + "/stats").json().get("backend_servers_stats")).hasSize(3);
        assertThat(api.get(token, ZONE + "/lbs/" + lb + "/backend-stats?backend_id=" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get(system.tenants().create().writerToken(), ZONE + "/lbs/" + lb + "/backend-stats")
                .status()).isEqualTo(404);
    }

    /** What the data plane appends when it sees the LB in a new status. */
    private static void reportStatus(Tenant tenant, String lb, String status) throws SQLException {
        long version;
        UUID organization;
        try (Connection connection = system.readModels();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT version, organization_id FROM lb WHERE id = ?")) {
            query.setObject(1, UUID.fromString(lb));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                version = row.getLong(1);
                organization = row.getObject(2, UUID.class);
            }
        }
        EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), "fr-par", "fr-par-1",
                organization, tenant.project(), Actor.system("dataplane-test"), UUID.randomUUID(), null);
        try (EventLogWriter writer = new EventLogWriter(system.stack().kafkaBootstrapServers())) {
            writer.append(context.envelope(UUID.fromString(lb), version + 1, new LbStatusChanged(status, null)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(tenant.readerToken(), ZONE + "/lbs/" + lb)
                .json().get("status").asText().equals(status));
    }

    /** What the data plane writes to the stats read model when it polls HAProxy. */
    private static void observe(String lb, String backend, String ip, String state, String check)
            throws SQLException {
        try (Connection connection = system.readModels();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO backend_server_stats (backend_id, ip, lb_id, instance_id, server_state,
                         server_state_changed_at, last_health_check_status, observed_at)
                     VALUES (?, ?, ?, 'test-agent', ?, now(), ?, now())""")) {
            insert.setObject(1, UUID.fromString(backend));
            insert.setString(2, ip);
            insert.setObject(3, UUID.fromString(lb));
            insert.setString(4, state);
            insert.setString(5, check);
            insert.executeUpdate();
        }
    }
}
