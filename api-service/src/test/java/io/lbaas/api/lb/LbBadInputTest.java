package io.lbaas.api.lb;

import io.lbaas.testsupport.EventLogReader;
import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a 4xx in Scaleway's error shape naming the argument, never a 500, and nothing reaches the
 * log. (No projection runs beside this test: an append would also show as a 503 after the read-model wait.)
 */
@QuarkusTest
@WithTestResource(StackResource.class)
class LbBadInputTest {

    private static final String LBS = "/lb/v1/regions/fr-par/lbs";
    private static final String SOME_LB = LBS + "/" + UUID.randomUUID();

    private static Tenant tenant;
    private static String token;
    private static EventLogReader log;

    @BeforeAll
    static void tenant() {
        tenant = TestStack.get().tenants().create(2);
        token = tenant.writerToken();
        log = new EventLogReader(TestStack.get().kafkaBootstrapServers());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("POST", LBS, "{bad json", 400, "body"),
                bad("POST", LBS, "[1, 2]", 400, "body"),
                bad("POST", LBS, "{\"name\":\"x\"} trailing", 400, "body"),
                bad("POST", LBS, "{\"name\":5,\"project_id\":\"%s\"}", 400, "name"),
                bad("POST", LBS, "{\"tags\":\"prod\",\"project_id\":\"%s\"}", 400, "tags"),
                bad("POST", LBS, "{\"tags\":[1],\"project_id\":\"%s\"}", 400, "tags[0]"),
                bad("POST", LBS, "{\"project_id\":\"not-a-uuid\"}", 400, "project_id"),
                bad("POST", LBS, "{\"ssl_compatibility_level\":\"tls9\",\"project_id\":\"%s\"}", 400,
                        "ssl_compatibility_level"),
                bad("POST", LBS, "{\"type\":\"LB-XXXL\",\"project_id\":\"%s\"}", 400, "type"),
                bad("POST", LBS, "{\"name\":\"" + "n".repeat(256) + "\",\"project_id\":\"%s\"}", 400, "name"),
                bad("POST", LBS, "{\"name\":\"x\"}", 400, "project_id"),
                bad("POST", LBS, "{\"project_id\":\"%s\",\"organization_id\":\"%s\"}", 400, "project_id"),
                bad("POST", LBS, "{\"assign_flexible_ip\":\"yes\",\"project_id\":\"%s\"}", 400,
                        "assign_flexible_ip"),
                bad("PUT", SOME_LB, "{\"description\":\"no name\"}", 400, "name"),
                bad("PUT", LBS + "/not-a-uuid", "{\"name\":\"x\"}", 400, "lb_id"),
                bad("DELETE", LBS + "/not-a-uuid", null, 400, "lb_id"),
                bad("DELETE", SOME_LB + "?release_ip=maybe", null, 400, "release_ip"),
                bad("GET", LBS + "/12345", null, 400, "lb_id"),
                bad("GET", LBS + "?page_size=101", null, 400, "page_size"),
                bad("GET", LBS + "?page_size=-1", null, 400, "page_size"),
                bad("GET", LBS + "?page=0", null, 400, "page"),
                bad("GET", LBS + "?page=two", null, 400, "page"),
                bad("GET", LBS + "?order_by=size_desc", null, 400, "order_by"),
                bad("GET", LBS + "?project_id=abc", null, 400, "project_id"),
                bad("GET", LBS + "?lb_ids=abc", null, 400, "lb_ids"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badRequests")
    void badInputIsAnsweredInScalewaysShapeNamingTheArgument(String method, String path, String body, int status,
                                                             String argument) {
        long logEnd = log.endOf(tenant.project());

        Response answer = send(method, path, body);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo("invalid_arguments");
        assertThat(answer.jsonPath().getList("details.argument_name")).contains(argument);
        assertThat(log.endOf(tenant.project())).as("nothing appended").isEqualTo(logEnd);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownThings")
    void unknownThingsAreNotFoundInScalewaysShape(String method, String path, String resource) {
        Response answer = send(method, path, method.equals("GET") ? null : "{\"name\":\"x\"}");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("not_found");
        assertThat(answer.jsonPath().getString("resource")).isEqualTo(resource);
    }

    static Stream<Arguments> unknownThings() {
        return Stream.of(
                Arguments.of("GET", "/lb/v1/regions/xx-yyy/lbs", "region"),
                Arguments.of("POST", "/lb/v1/regions/mars-1/lbs", "region"),
                Arguments.of("GET", "/lb/v1/zones/fr-par-9/lbs", "zone"),
                Arguments.of("GET", "/lb/v1/zones/fr-par/lb-types", "zone"),
                Arguments.of("GET", SOME_LB, "lb"),
                Arguments.of("PUT", SOME_LB, "lb"),
                Arguments.of("DELETE", SOME_LB, "lb"));
    }

    private static Response send(String method, String path, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body.formatted(tenant.project(),
                    tenant.organizationId()));
        }
        return request.request(method, path);
    }

    private static Arguments bad(String method, String path, String body, int status, String argument) {
        return Arguments.of(method, path, body, status, argument);
    }
}
