package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.lbaas.it.dataplane.ServedLbs.httpBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Let's Encrypt certificates obtained by the data plane over ACME (from Debian's pebble here), then served. */
class DataPlaneAcmeIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aLetsEncryptCertificateGoesFromPendingToReadyAndTheLbServesIt() throws Exception {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        try (TestBackends servers = TestBackends.start(1)) {
            ServedLbs.Lb lb = lbs.create("acme");
            String backend = lbs.backend(lb, httpBackend(servers, "roundrobin", ""));
            lbs.frontend(lb, backend, "");
            JsonNode created = lbs.post("/lbs/" + lb.id() + "/certificates", """
                    {"name":"acme","letsencrypt":{"common_name":"shop.example.com",
                     "subject_alternative_name":["www.shop.example.com"]}}""");
            assertThat(created.get("status").asText()).isEqualTo("pending");
            String id = created.get("id").asText();

            JsonNode ready = await("certificate ready").atMost(Duration.ofSeconds(60))
                    .until(() -> lbs.get("/certificates/" + id), certificate -> !certificate.get("status").asText()
                            .equals("pending"));

            assertThat(ready.get("status").asText()).as(ready.toString()).isEqualTo("ready");
            assertThat(ready.get("fingerprint").asText()).hasSize(40);
            assertThat(Instant.parse(ready.get("not_valid_after").asText())).isAfter(Instant.now());

            lbs.post("/lbs/" + lb.id() + "/frontends", "{\"name\":\"https\",\"inbound_port\":443,\"backend_id\":\""
                    + backend + "\",\"certificate_ids\":[\"" + id + "\"]}");
            DataPlaneTlsIT.TlsAnswer answer = await("HTTPS served").atMost(Duration.ofSeconds(15))
                    .ignoreExceptions().until(() -> DataPlaneTlsIT.https(lb, "shop.example.com"), reply -> true);
            assertThat(answer.fingerprint()).isEqualTo(ready.get("fingerprint").asText());
            assertThat(answer.http().body()).isEqualTo(servers.ip(1));
        }
    }
}
