package io.lbaas.it.quota;

import io.lbaas.it.support.Api;
import io.lbaas.it.support.Concurrently;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-project quotas, configured for the tests in SystemUnderTest, hold even under concurrent creations. */
class QuotaIT {

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void concurrentCreationsNeverPassTheProjectsLbQuota() throws Exception {
        Tenant tenant = system.tenants().create();
        int attempts = SystemUnderTest.LBS_PER_PROJECT + 5;

        List<Api.Response> answers = Concurrently.run(IntStream.range(0, attempts).<Callable<Api.Response>>mapToObj(
                i -> () -> api.post(tenant.writerToken(), Api.REGION + "/lbs", "{\"project_id\":\""
                        + tenant.project() + "\"}")).toList());

        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(SystemUnderTest.LBS_PER_PROJECT);
        Api.Response refused = answers.stream().filter(answer -> answer.status() != 200).findFirst().orElseThrow();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("quotas_exceeded");
        assertThat(refused.json().get("details").get(0).get("resource").asText()).isEqualTo("lbs");
        assertThat(refused.json().get("details").get(0).get("quota").asInt())
                .isEqualTo(SystemUnderTest.LBS_PER_PROJECT);
        assertThat(refused.json().get("details").get(0).get("project_id").asText())
                .isEqualTo(tenant.project().toString());
        assertThat(api.get(tenant.readerToken(), Api.REGION + "/lbs").json().get("total_count").asInt())
                .isEqualTo(SystemUnderTest.LBS_PER_PROJECT);
    }

    @Test
    void theSubscriberQuotaFreesAPlaceWhenOneIsDeleted() {
        Tenant tenant = system.tenants().create();
        String last = null;
        for (int i = 0; i < SystemUnderTest.SUBSCRIBERS_PER_PROJECT; i++) {
            last = create(tenant, i).json().get("id").asText();
        }

        Api.Response over = create(tenant, 99);
        api.delete(tenant.writerToken(), Api.REGION + "/lb/subscriber/" + last);
        Api.Response again = create(tenant, 100);

        assertThat(over.status()).isEqualTo(403);
        assertThat(over.json().get("details").get(0).get("resource").asText()).isEqualTo("subscribers");
        assertThat(again.status()).isEqualTo(200);
    }

    private static Api.Response create(Tenant tenant, int i) {
        return api.post(tenant.writerToken(), Api.REGION + "/subscribers", "{\"name\":\"s" + i + "\",\"project_id\":\""
                + tenant.project() + "\",\"email_config\":{\"email\":\"s" + i + "@example.com\"}}");
    }
}
