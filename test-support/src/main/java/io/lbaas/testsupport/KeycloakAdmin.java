package io.lbaas.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What tests need of Keycloak: users with tenancy attributes and roles, clients, and tokens. */
public final class KeycloakAdmin {

    public static final String REALM = "lbaas";
    public static final String CLI_CLIENT = "lb-cli";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public KeycloakAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String realmUrl() {
        return baseUrl + "/realms/" + REALM;
    }

    /** Creates a user in the lbaas realm whose password is its name, with tenancy attributes and realm roles. */
    public void createUser(String username, String organizationId, List<String> projectIds, List<String> roles) {
        Map<String, Object> attributes = organizationId == null ? Map.of()
                : Map.of("organization_id", List.of(organizationId), "project_ids", projectIds);
        Map<String, Object> user = Map.of(
                "username", username, "enabled", true, "email", username + "@example.com", "emailVerified", true,
                "firstName", "Test", "lastName", "User", "attributes", attributes,
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        HttpResponse<String> created = admin("POST", "/users", user);
        String location = created.headers().firstValue("Location").orElseThrow();
        String userId = location.substring(location.lastIndexOf('/') + 1);
        List<JsonNode> roleRepresentations = roles.stream().map(role -> read(admin("GET", "/roles/" + role, null)))
                .toList();
        admin("POST", "/users/" + userId + "/role-mappings/realm", roleRepresentations);
    }

    /** Creates a public client like lb-cli, with the same tenancy claims, and extra client attributes. */
    public void createCliClient(String clientId, Map<String, String> attributes) {
        JsonNode cli = read(admin("GET", "/clients?clientId=" + CLI_CLIENT, null)).get(0);
        cli.get("protocolMappers").forEach(mapper -> ((com.fasterxml.jackson.databind.node.ObjectNode) mapper)
                .remove("id"));
        Map<String, Object> client = Map.of(
                "clientId", clientId, "enabled", true, "publicClient", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true, "attributes", attributes,
                "protocolMappers", cli.get("protocolMappers"));
        admin("POST", "/clients", client);
    }

    public String passwordToken(String clientId, String username, String password) {
        return token(realmUrl(), Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
    }

    /** A token of Keycloak's master realm, for its admin API (and, to the LBaaS API, a foreign realm). */
    public String masterAdminToken() {
        return token(baseUrl + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    private String token(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return read(response).get("access_token").asText();
    }

    private HttpResponse<String> admin(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            return send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
                    .header("Authorization", "Bearer " + masterAdminToken())
                    .header("Content-Type", "application/json")
                    .method(method, publisher).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
