package io.lbaas.it.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A private network attachment is pending until the data plane serves the LB with it. */
class DataPlanePrivateNetworkIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void anAttachmentOfAServedLbBecomesReady() {
        ServedLbs lbs = new ServedLbs(system.api(), system.tenants().create());
        ServedLbs.Lb lb = lbs.create("private");
        lbs.awaitReady(lb);
        UUID network = UUID.randomUUID();

        JsonNode attached = lbs.post("/lbs/" + lb.id() + "/private-networks/" + network + "/attach",
                "{\"ipam_ids\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(attached.get("status").asText()).isEqualTo("pending");

        await("attachment ready").atMost(Duration.ofSeconds(15)).until(() -> lbs.get("/lbs/" + lb.id()
                + "/private-networks").get("private_network").get(0).get("status").asText().equals("ready"));
    }
}
