package io.lbaas.api.http;

import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.TestStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What Scaleway's SDKs need of every answer, whatever the endpoint. */
@QuarkusTest
@WithTestResource(StackResource.class)
class WireFormatTest {

    @Test
    void jsonAnswersSayExactlyApplicationJsonWithoutCharset() {
        String token = TestStack.get().tenants().create().readerToken();

        Response list = given().auth().oauth2(token).get("/lb/v1/regions/fr-par/lbs");
        Response error = given().get("/lb/v1/regions/fr-par/lbs");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo("application/json");
        assertThat(error.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void keysComeInTheOrderScalewaySendsThem() {
        String token = TestStack.get().tenants().create().readerToken();

        assertThat(given().auth().oauth2(token).get("/lb/v1/regions/fr-par/lbs").asString())
                .isEqualTo("{\"lbs\":[],\"total_count\":0}");
        assertThat(given().get("/lb/v1/regions/fr-par/lbs").asString())
                .startsWith("{\"message\":\"denied authentication\",\"method\":");
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheErrorShape() {
        Response unknown = given().get("/lb/v1/regions/fr-par/nothing-here");
        Response wrongMethod = given().patch("/lb/v1/regions/fr-par/lbs");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.jsonPath().getString("message")).isNotBlank();
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.jsonPath().getString("type")).isNotBlank();
    }
}
