package io.lbaas.api.backend;

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

/** Backend bodies are validated before anything is looked up: a bad one is a 400 naming the argument. */
@QuarkusTest
@WithTestResource(StackResource.class)
class BackendBadInputTest {

    private static final String CREATE = "/lb/v1/zones/fr-par-1/lbs/" + UUID.randomUUID() + "/backends";
    private static final String BACKEND = "/lb/v1/zones/fr-par-1/backends/" + UUID.randomUUID();

    private static String token;

    @BeforeAll
    static void tenant() {
        token = TestStack.get().tenants().create().writerToken();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("POST", CREATE, "{}", "forward_port"),
                Arguments.of("POST", CREATE, "{\"forward_port\":0}", "forward_port"),
                Arguments.of("POST", CREATE, "{\"forward_port\":65536}", "forward_port"),
                Arguments.of("POST", CREATE, "{\"forward_port\":\"80\"}", "forward_port"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"forward_port_algorithm\":\"random\"}",
                        "forward_port_algorithm"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"forward_protocol\":\"udp\"}", "forward_protocol"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"sticky_sessions\":\"cookie\"}",
                        "sticky_sessions_cookie_name"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"timeout_server\":\"soon\"}", "timeout_server"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"timeout_connect\":-1}", "timeout_connect"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"timeout_tunnel\":\"90000s\"}", "timeout_tunnel"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"send_proxy_v2\":true,"
                        + "\"proxy_protocol\":\"proxy_protocol_v1\"}", "send_proxy_v2"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"server_ip\":[\"10.0.0.300\"]}", "server_ip[0]"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"server_ip\":[\"10.0.0.0/24\"]}", "server_ip[0]"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"max_connections\":0}", "max_connections"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"failover_host\":\"a b\"}", "failover_host"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"tcp_config\":{},"
                        + "\"redis_config\":{}}}", "health_check.redis_config"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"port\":70000}}",
                        "health_check.port"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"check_delay\":0}}",
                        "health_check.check_delay"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"mysql_config\":{}}}",
                        "health_check.mysql_config.user"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"http_config\":"
                        + "{\"uri\":\"health\"}}}", "health_check.http_config.uri"),
                Arguments.of("POST", CREATE, "{\"forward_port\":80,\"health_check\":{\"https_config\":"
                        + "{\"code\":99}}}", "health_check.https_config.code"),
                Arguments.of("PUT", BACKEND, "{\"forward_port\":80}", "name"),
                Arguments.of("POST", BACKEND + "/servers", "{}", "server_ip"),
                Arguments.of("PUT", BACKEND + "/servers", "{\"server_ip\":[\"example.com\"]}", "server_ip[0]"),
                Arguments.of("DELETE", BACKEND + "/servers", "{\"server_ip\":\"10.0.0.1\"}", "server_ip"),
                Arguments.of("PUT", "/lb/v1/zones/fr-par-1/backends/x/healthcheck", "{}", "backend_id"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badBodies")
    void badBackendInputIsRefusedNamingTheArgument(String method, String path, String body, String argument) {
        Response answer = given().auth().oauth2(token).contentType("application/json").body(body)
                .request(method, path);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("invalid_arguments");
        assertThat(answer.jsonPath().getList("details.argument_name")).contains(argument);
    }
}
