package io.lbaas.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Scaleway's error shape (spec §10), as its SDKs need it to raise a typed error. */
public final class ScalewayErrors {

    private ScalewayErrors() {
    }

    /**
     * A JSON object with a {@code type} and a {@code message}; {@code invalid_arguments} names each bad argument
     * in {@code details}, {@code not_found} names the resource that is missing.
     */
    public static void assertScalewayError(Api.Response answer, String request) {
        assertThat(answer.contentType()).as("Content-Type of %s", request).isEqualTo("application/json");
        JsonNode body = answer.json();
        assertThat(body.path("type").isTextual()).as("type in %s answered %s", request, answer.body()).isTrue();
        assertThat(body.path("message").isTextual()).as("message in %s answered %s", request, answer.body())
                .isTrue();
        if (body.get("type").asText().equals("invalid_arguments")) {
            assertThat(body.path("details").isArray() && !body.get("details").isEmpty())
                    .as("details of %s answered %s", request, answer.body()).isTrue();
            body.get("details").forEach(detail -> assertThat(detail.path("argument_name").asText())
                    .as("argument_name in %s answered %s", request, answer.body()).isNotBlank());
        }
    }

    /** A 404 that Scaleway's SDKs turn into their ResourceNotFoundError. */
    public static void assertNotFound(Api.Response answer, String request) {
        assertThat(answer.status()).as("%s answered %s", request, answer.body()).isEqualTo(404);
        assertScalewayError(answer, request);
        JsonNode body = answer.json();
        assertThat(body.get("type").asText()).as("%s answered %s", request, answer.body()).isEqualTo("not_found");
        assertThat(body.path("resource").asText()).as("resource in %s", answer.body()).isNotBlank();
        assertThat(body.path("resource_id").asText()).as("resource_id in %s", answer.body()).isNotBlank();
    }
}
