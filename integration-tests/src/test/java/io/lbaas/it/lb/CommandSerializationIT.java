package io.lbaas.it.lb;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.Concurrently;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule 2: commands of one project are decided one at a time, on state that has caught up with the log. */
class CommandSerializationIT {

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void hundredConcurrentCreatesInOneProjectMakeExactlyHundredLbs() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        List<Api.Response> answers = Concurrently.run(IntStream.range(0, 100).<Callable<Api.Response>>mapToObj(
                i -> () -> api.post(token, REGION + "/lbs", "{\"name\":\"lb-" + i + "\",\"project_id\":\""
                        + tenant.project() + "\"}")).toList());

        assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().get("id").asText()).doesNotHaveDuplicates();
        Api.Response list = api.get(token, REGION + "/lbs?page_size=100");
        assertThat(list.json().get("total_count").asInt()).isEqualTo(100);
        assertThat(list.json().get("lbs")).hasSize(100);
    }

    @Test
    void concurrentUpdateAndDeleteOfOneLbEndInTheStateOfOneOrder() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();

        for (int round = 0; round < 30; round++) {
            String lb = api.createLb(token, tenant.project(), "contested-" + round + "-x");
            String renamed = "renamed-" + round;

            List<Api.Response> answers = Concurrently.run(List.of(
                    () -> api.put(token, REGION + "/lbs/" + lb, "{\"name\":\"" + renamed + "\",\"description\":\"\"}"),
                    () -> api.delete(token, REGION + "/lbs/" + lb)));
            Api.Response update = answers.get(0);
            Api.Response delete = answers.get(1);

            assertThat(delete.status()).isEqualTo(204);
            assertThat(update.status()).isIn(200, 404);
            if (update.status() == 200) {
                assertThat(update.json().get("name").asText()).as("the update answers its own state").isEqualTo(renamed);
            }
            assertThat(api.get(token, REGION + "/lbs/" + lb).status()).isEqualTo(404);
            assertThat(api.get(token, REGION + "/lbs?name=contested-" + round + "-x").json().get("total_count").asInt())
                    .isZero();
            assertThat(versionOf(lb)).as("create, then the update only if it came first, then the deletion and the"
                            + " removal (no data plane runs fr-par-1)").isEqualTo(update.status() == 200 ? 4 : 3);
        }
    }

    /**
     * Two api-service replicas share no memory: only the project's advisory lock in PostgreSQL keeps them from
     * deciding on the same version. Every update answered 200 must be a separate, applied fact.
     */
    @Test
    void updatesOfOneLbThroughTwoReplicasAreEachApplied() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        Api second = system.secondApi();
        String lb = api.createLb(token, tenant.project(), "shared");

        List<Api.Response> answers = Concurrently.run(IntStream.range(0, 40).<Callable<Api.Response>>mapToObj(
                i -> () -> (i % 2 == 0 ? api : second).put(token, REGION + "/lbs/" + lb,
                        "{\"name\":\"name-" + i + "\",\"description\":\"\"}")).toList());

        assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().get("name").asText())
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).mapToObj(i -> "name-" + i).toList());
        assertThat(versionOf(lb)).as("the creation and forty updates").isEqualTo(41);
    }

    private static long versionOf(String lb) throws Exception {
        try (Connection readModels = system.readModels();
             PreparedStatement query = readModels.prepareStatement("SELECT version FROM lb WHERE id = ?")) {
            query.setObject(1, UUID.fromString(lb));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }
}
