package io.lbaas.it.lb;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;

/** listLbs as Scaleway's SDKs use it: pages of a constant size, total_count, orderings and filters. */
class LbListIT {

    private static final List<String> NAMES = List.of("alpha", "bravo", "charlie", "delta", "echo");

    private static Api api;
    private static Tenant tenant;
    private static String token;
    private static List<String> ids;

    @BeforeAll
    static void lbsInTwoProjects() {
        SystemUnderTest system = SystemUnderTest.get();
        api = system.api();
        tenant = system.tenants().create(2);
        token = tenant.writerToken();
        ids = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Api.Response created = api.post(token, REGION + "/lbs", "{\"name\":\"" + NAMES.get(i)
                    + "\",\"tags\":[\"" + (i % 2 == 0 ? "even" : "odd") + "\",\"all\"],\"project_id\":\""
                    + tenant.projectIds().get(0) + "\"}");
            ids.add(created.json().get("id").asText());
        }
        api.createLb(token, tenant.projectIds().get(1), "foxtrot");
        api.createLb(token, tenant.projectIds().get(1), "golf");
    }

    @Test
    void pagesHaveTheRequestedSizeAndTotalCountCountsAllMatches() {
        String project = "&project_id=" + tenant.projectIds().get(0);

        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode answer = list("?page_size=2&page=" + page + project);
            assertThat(answer.get("total_count").asInt()).isEqualTo(5);
            assertThat(answer.get("lbs")).hasSize(page < 3 ? 2 : 1);
            answer.get("lbs").forEach(lb -> names.add(lb.get("name").asText()));
        }
        assertThat(names).as("created_at_asc by default").containsExactlyElementsOf(NAMES);
        assertThat(list("?page_size=2&page=4" + project).get("lbs")).isEmpty();
    }

    @Test
    void ordersByNameOrCreationEitherWay() {
        String project = "&project_id=" + tenant.projectIds().get(0);

        assertThat(names(list("?order_by=name_desc" + project))).containsExactly("echo", "delta", "charlie",
                "bravo", "alpha");
        assertThat(names(list("?order_by=created_at_desc" + project))).containsExactly("echo", "delta",
                "charlie", "bravo", "alpha");
        assertThat(names(list("?order_by=name_asc"))).containsExactly("alpha", "bravo", "charlie", "delta",
                "echo", "foxtrot", "golf");
    }

    @Test
    void filtersNarrowTheListAndTheCount() {
        assertThat(names(list(""))).hasSize(7);
        assertThat(names(list("?name=AR"))).containsExactly("charlie");
        assertThat(names(list("?tags=odd"))).containsExactly("bravo", "delta");
        assertThat(names(list("?tags=odd&tags=even"))).hasSize(5);
        assertThat(names(list("?project_id=" + tenant.projectIds().get(1)))).containsExactly("foxtrot", "golf");
        assertThat(names(list("?organization_id=" + tenant.organizationId()))).hasSize(7);
        assertThat(names(list("?organization_id=" + UUID.randomUUID()))).isEmpty();
        assertThat(names(list("?lb_ids=" + ids.get(0) + "&lb_ids=" + ids.get(4)))).containsExactly("alpha", "echo");
        assertThat(list("?tags=odd").get("total_count").asInt()).isEqualTo(2);
    }

    private static JsonNode list(String query) {
        Api.Response answer = api.get(token, REGION + "/lbs" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("lbs").forEach(lb -> names.add(lb.get("name").asText()));
        return names;
    }
}
