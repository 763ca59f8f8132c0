package io.lbaas.it.lb;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.Test;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule 3: a 2xx to a command means the change is already readable. */
class ReadYourWritesIT {

    /** Each round creates, reads, lists and deletes one LB, one after the other. */
    private static final int ROUNDS = 100;

    @Test
    void everyLbIsReadableTheMomentItsCreationIsAnswered() {
        SystemUnderTest system = SystemUnderTest.get();
        Api api = system.api();
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        for (int round = 0; round < ROUNDS; round++) {
            String name = "ryw-" + round + "-x";
            Api.Response created = api.post(token, REGION + "/lbs",
                    "{\"name\":\"" + name + "\",\"project_id\":\"" + tenant.project() + "\"}");
            assertThat(created.status()).isEqualTo(200);
            String id = created.json().get("id").asText();

            Api.Response read = api.get(token, REGION + "/lbs/" + id);
            Api.Response listed = api.get(token, REGION + "/lbs?name=" + name);

            assertThat(read.status()).as("get after create, round %d", round).isEqualTo(200);
            assertThat(read.body()).isEqualTo(created.body());
            assertThat(listed.json().get("total_count").asInt()).as("list after create, round %d", round)
                    .isEqualTo(1);
            assertThat(listed.json().get("lbs").get(0).get("id").asText()).isEqualTo(id);
            // Keeps the project under its quotas of LBs and IPs, whatever the number of rounds.
            assertThat(api.delete(token, REGION + "/lbs/" + id + "?release_ip=true").status()).isEqualTo(204);
        }
    }
}
