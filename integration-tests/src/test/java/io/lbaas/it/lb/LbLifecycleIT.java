package io.lbaas.it.lb;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneReports;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the data plane's observations mean to tenants: statuses that refuse changes while they last, migration to
 * another offer, and the state of backend servers.
 */
class LbLifecycleIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;
    private static DataPlaneReports dataPlane;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
        dataPlane = new DataPlaneReports(system);
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

        dataPlane.lbStatus(tenant, lb, "migrating");

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

        dataPlane.lbStatus(tenant, lb, "ready");
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
        dataPlane.serverObserved(lb, web, "10.0.0.2", "running", "passed");

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
}
