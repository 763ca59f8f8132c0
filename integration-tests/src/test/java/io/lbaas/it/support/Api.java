package io.lbaas.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The API as a plain HTTP client sees it: status, headers and the exact bytes of the body. */
public final class Api {

    public static final String REGION = "/lb/v1/regions/fr-par";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String apiKey;

    Api(String baseUrl) {
        this(baseUrl, null);
    }

    private Api(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** The same API as Scaleway's clients reach it: every request also carries the secret key as X-Auth-Token. */
    public Api withApiKey(String secretKey) {
        return new Api(baseUrl, secretKey);
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse(null);
        }
    }

    public Response get(String token, String path) {
        return send(token, "GET", path, null);
    }

    public Response post(String token, String path, String json) {
        return send(token, "POST", path, json);
    }

    public Response put(String token, String path, String json) {
        return send(token, "PUT", path, json);
    }

    public Response delete(String token, String path) {
        return send(token, "DELETE", path, null);
    }

    public Response send(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (apiKey != null) {
            request.header("X-Auth-Token", apiKey);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an LB in the given project and returns its id, failing the test on anything but 200. */
    public String createLb(String token, Object project, String name) {
        Response created = post(token, REGION + "/lbs",
                "{\"name\":\"" + name + "\",\"description\":\"\",\"type\":\"LB-S\",\"project_id\":\"" + project + "\"}");
        if (created.status() != 200) {
            throw new AssertionError("create answered " + created.status() + ": " + created.body());
        }
        return created.json().get("id").asText();
    }
}
