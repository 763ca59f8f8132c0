package io.lbaas.it.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestCertificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of a load balancer: every change to it and its children, newest first, with who made it. */
class LbHistoryIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void everyChangeToAnLbAndItsChildrenIsListedNewestFirstWithItsAuthor() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "audited");
        String backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"name\":\"web\",\"forward_port\":80}")
                .json().get("id").asText();
        String frontend = api.post(token, ZONE + "/lbs/" + lb + "/frontends", "{\"inbound_port\":80,\"backend_id\":\""
                + backend + "\"}").json().get("id").asText();
        api.put(token, ZONE + "/backends/" + backend + "/servers", "{\"server_ip\":[\"10.0.0.1\"]}");
        api.delete(token, ZONE + "/frontends/" + frontend);
        api.put(token, ZONE + "/lbs/" + lb, "{\"name\":\"renamed\"}");

        JsonNode history = api.get(tenant.readerToken(), ZONE + "/lbs/" + lb + "/events").json();

        assertThat(types(history)).containsExactly("LbUpdated", "FrontendDeleted", "BackendPoolChanged",
                "FrontendCreated", "BackendCreated", "IpAttached", "LbCreated");
        assertThat(history.get("total_count").asInt()).isEqualTo(7);
        JsonNode latest = history.get("events").get(0);
        assertThat(latest.get("changes").path("name").asText()).as(history.toString()).isEqualTo("renamed");
        assertThat(latest.get("resource").get("type").asText()).isEqualTo("lb");
        assertThat(latest.get("actor").get("type").asText()).isEqualTo("user");
        assertThat(latest.get("actor").get("name").asText()).isNotBlank();
        JsonNode pool = history.get("events").get(2);
        assertThat(pool.get("resource").toString()).isEqualTo("{\"type\":\"backend\",\"id\":\"" + backend + "\"}");
        assertThat(pool.get("changes").get("pool").toString()).isEqualTo("[\"10.0.0.1\"]");

        JsonNode secondPage = api.get(token, Api.REGION + "/lbs/" + lb + "/events?page=2&page_size=3").json();
        assertThat(types(secondPage)).containsExactly("FrontendCreated", "BackendCreated", "IpAttached");
        assertThat(api.get(token, ZONE + "/lbs/" + lb + "/events?page=9").json().get("total_count").asInt())
                .isEqualTo(7);
    }

    @Test
    void privateKeysNeverReachTheHistoryAndOtherTenantsSeeNothing() {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "secret");
        TestCertificates.Issued leaf = TestCertificates.leaf(TestCertificates.authority("History CA"),
                "h.example.com", List.of());
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", "tls");
        body.putObject("custom_certificate").put("certificate_chain", leaf.pem() + leaf.keyPem());
        assertThat(api.post(tenant.writerToken(), ZONE + "/lbs/" + lb + "/certificates", body.toString()).status())
                .isEqualTo(200);

        Api.Response history = api.get(tenant.readerToken(), ZONE + "/lbs/" + lb + "/events");

        assertThat(types(history.json())).startsWith("CertificateCreated");
        assertThat(history.body()).doesNotContain("PRIVATE KEY").contains(leaf.fingerprint());
        assertThat(api.get(system.tenants().create().readerToken(), ZONE + "/lbs/" + lb + "/events").status())
                .isEqualTo(404);
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }
}
