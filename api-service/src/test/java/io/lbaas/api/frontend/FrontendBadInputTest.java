package io.lbaas.api.frontend;

import io.lbaas.testsupport.StackResource;
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

/** Frontend bodies are validated before anything is looked up: a bad one is a 400 naming the argument. */
@QuarkusTest
@WithTestResource(StackResource.class)
class FrontendBadInputTest {

    private static final String CREATE = "/lb/v1/zones/fr-par-1/lbs/" + UUID.randomUUID() + "/frontends";
    private static final String FRONTEND = "/lb/v1/zones/fr-par-1/frontends/" + UUID.randomUUID();
    private static final String BACKEND = UUID.randomUUID().toString();

    private static String token;

    @BeforeAll
    static void tenant() {
        token = TestStack.get().tenants().create().writerToken();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("POST", CREATE, "{\"backend_id\":\"" + BACKEND + "\"}", "inbound_port"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":0,\"backend_id\":\"" + BACKEND + "\"}",
                        "inbound_port"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80}", "backend_id"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80,\"backend_id\":\"nope\"}", "backend_id"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80,\"backend_id\":\"" + BACKEND
                        + "\",\"timeout_client\":\"forever\"}", "timeout_client"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80,\"backend_id\":\"" + BACKEND
                        + "\",\"connection_rate_limit\":-1}", "connection_rate_limit"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80,\"backend_id\":\"" + BACKEND
                        + "\",\"certificate_ids\":[\"x\"]}", "certificate_ids[0]"),
                Arguments.of("POST", CREATE, "{\"inbound_port\":80,\"backend_id\":\"" + BACKEND
                        + "\",\"enable_http3\":\"yes\"}", "enable_http3"),
                Arguments.of("PUT", FRONTEND, "{\"inbound_port\":80,\"backend_id\":\"" + BACKEND + "\"}", "name"),
                Arguments.of("GET", "/lb/v1/zones/fr-par-1/frontends/42", null, "frontend_id"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badBodies")
    void badFrontendInputIsRefusedNamingTheArgument(String method, String path, String body, String argument) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        Response answer = request.request(method, path);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.jsonPath().getList("details.argument_name")).contains(argument);
    }
}
