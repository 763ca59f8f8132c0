package io.lbaas.it.ovh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OVH's own Node client against the OVH dialect (/1.0), the way an OVH user works: an application registered by a
 * tenant, a consumer key asked for by the client and validated by a user signing in to Keycloak, then signed calls
 * that see that user's load balancers as IP Load Balancing services, and nobody else's.
 */
class OvhIT {

    private static final String APPLICATIONS = OvhAccess.APPLICATIONS;
    private static final String REDIRECTION = OvhAccess.REDIRECTION;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static SystemUnderTest system;
    private static Api api;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        OvhClient.install();
        system = SystemUnderTest.get();
        api = system.api();
        baseUrl = system.apiProcess().url();
    }

    @Test
    void ovhsNodeClientSeesItsUsersLoadBalancersOnceTheUserValidatedItsConsumerKey() {
        Tenant tenant = system.tenants().create();
        Tenant other = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "ovh-web");
        String othersLb = api.createLb(other.writerToken(), other.project(), "not-yours");
        JsonNode application = register(tenant);
        OvhClient client = OvhClient.of(baseUrl, application.get("application_key").asText(),
                application.get("application_secret").asText());

        JsonNode time = client.run("get", "/auth/time");
        JsonNode requested = client.run("credential", REDIRECTION);

        assertThat(time.get("ok").asBoolean()).as(time.toString()).isTrue();
        assertThat(time.get("result").asLong()).isCloseTo(Instant.now().getEpochSecond(),
                Offset.offset(30L));
        assertThat(requested.get("ok").asBoolean()).as(requested.toString()).isTrue();
        JsonNode credential = requested.get("result");
        assertThat(credential.get("state").asText()).isEqualTo("pendingValidation");
        assertThat(credential.get("validationUrl").asText()).startsWith(baseUrl + "/ovh-auth/validate/");
        OvhClient signed = client.consumerKey(credential.get("consumerKey").asText());
        JsonNode pending = signed.run("get", "/ipLoadbalancing");
        assertThat(pending.get("error").asInt()).as(pending.toString()).isEqualTo(403);
        assertThat(pending.get("message").asText()).isEqualTo("This credential is not valid");

        KeycloakBrowser browser = new KeycloakBrowser();
        HttpResponse<String> page = browser.signInTo(credential.get("validationUrl").asText(), tenant.writer());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(tenant.writer()).contains("GET /ipLoadbalancing/*");
        HttpResponse<String> granted = browser.grant(page);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(303);
        assertThat(granted.headers().firstValue("Location")).contains(REDIRECTION);

        JsonNode services = signed.run("services");
        assertThat(services.get("ok").asBoolean()).as(services.toString()).isTrue();
        assertThat(services.get("result")).hasSize(1);
        JsonNode service = services.get("result").get(0);
        assertThat(service.get("serviceName").asText()).isEqualTo("loadbalancer-" + lb.replace("-", ""));
        assertThat(service.get("displayName").asText()).isEqualTo("ovh-web");
        assertThat(service.get("offer").asText()).isEqualTo("LB-S");
        assertThat(service.get("state").asText()).isEqualTo("ok");
        assertThat(service.get("zone").get(0).asText()).isEqualTo("fr-par-1");
        assertThat(service.get("ipv4").asText()).isEqualTo(service.get("ipLoadbalancing").asText()).isNotEmpty();
        assertThat(service.has("vrackName")).as("nullable fields are sent as null").isTrue();

        String path = "/ipLoadbalancing/" + service.get("serviceName").asText();
        JsonNode renamed = signed.run("put", path, "{\"displayName\":\"renamed by ovh\",\"sslConfiguration\":\"modern\","
                + "\"offer\":\"read-only, ignored\"}");
        assertThat(renamed.get("ok").asBoolean()).as(renamed.toString()).isTrue();
        JsonNode reread = signed.run("get", path).get("result");
        assertThat(reread.get("displayName").asText()).isEqualTo("renamed by ovh");
        assertThat(reread.get("sslConfiguration").asText()).isEqualTo("modern");
        assertThat(reread.get("offer").asText()).isEqualTo("LB-S");

        JsonNode foreign = signed.run("get", "/ipLoadbalancing/loadbalancer-" + othersLb.replace("-", ""));
        assertThat(foreign.get("error").asInt()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.get("message").asText()).isEqualTo("This service does not exist");
    }

    @Test
    void aWrongSecretAnOldTimestampACallOutsideTheRulesOrADeletedApplicationIsRefusedInOvhsShape() {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "ovh-refused");
        JsonNode application = register(tenant);
        String key = application.get("application_key").asText();
        OvhClient client = OvhClient.of(baseUrl, key, application.get("application_secret").asText());
        String consumerKey = validatedConsumerKey(client, tenant, "GET:/ipLoadbalancing");

        JsonNode good = client.consumerKey(consumerKey).run("get", "/ipLoadbalancing");
        JsonNode wrongSecret = OvhClient.of(baseUrl, key, "not-the-secret").consumerKey(consumerKey)
                .run("get", "/ipLoadbalancing");
        JsonNode old = client.consumerKey(consumerKey).with("OVH_TIME_DIFF", "-3600").run("get", "/ipLoadbalancing");
        JsonNode unknownKey = OvhClient.of(baseUrl, "unknownAppKey000", "x").consumerKey(consumerKey)
                .run("get", "/ipLoadbalancing");
        JsonNode notGranted = client.consumerKey(consumerKey).run("get",
                "/ipLoadbalancing/loadbalancer-" + lb.replace("-", ""));

        assertThat(good.get("result")).as(good.toString()).hasSize(1);
        assertThat(wrongSecret.get("error").asInt()).as(wrongSecret.toString()).isEqualTo(400);
        assertThat(wrongSecret.get("message").asText()).isEqualTo("Invalid signature");
        assertThat(old.get("error").asInt()).as(old.toString()).isEqualTo(400);
        assertThat(old.get("message").asText()).startsWith("Query out of time");
        assertThat(unknownKey.get("error").asInt()).as(unknownKey.toString()).isEqualTo(403);
        assertThat(unknownKey.get("message").asText()).isEqualTo("This application key is invalid");
        assertThat(notGranted.get("error").asInt()).as(notGranted.toString()).isEqualTo(403);
        assertThat(notGranted.get("message").asText()).isEqualTo("This call has not been granted");

        String applicationPath = APPLICATIONS + "/" + application.get("id").asText();
        assertThat(api.delete(system.tenants().create().writerToken(), applicationPath).status())
                .as("nobody else can delete it").isEqualTo(404);
        assertThat(api.delete(tenant.writerToken(), applicationPath).status()).isEqualTo(204);
        JsonNode deleted = client.consumerKey(consumerKey).run("get", "/ipLoadbalancing");
        assertThat(deleted.get("error").asInt()).as(deleted.toString()).isEqualTo(403);
        assertThat(deleted.get("message").asText()).isEqualTo("This application key is invalid");
    }

    @Test
    void ovhPathsAnswerInOvhsShapeWithAQueryIdAndScalewayPathsKeepTheirs() {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "ovh-bearer");
        String application = register(tenant).get("application_key").asText();

        Api.Response time = api.get(null, "/1.0/auth/time");
        Api.Response anonymous = api.get(null, "/1.0/ipLoadbalancing");
        Api.Response unknownPath = api.get(tenant.readerToken(), "/1.0/nothing/here");
        Api.Response badBody = ovhPost(application, "/1.0/auth/credential", "{\"accessRules\":");
        Api.Response noRules = ovhPost(application, "/1.0/auth/credential", "{\"accessRules\":[]}");
        Api.Response badMethod = ovhPost(application, "/1.0/auth/credential",
                "{\"accessRules\":[{\"method\":\"PATCH\",\"path\":\"/*\"}]}");
        Api.Response unknownApplication = ovhPost("nobody", "/1.0/auth/credential",
                "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}");
        Api.Response withBearer = api.get(tenant.readerToken(), "/1.0/ipLoadbalancing");
        Api.Response scaleway = api.get(null, Api.REGION + "/lbs");

        assertThat(time.status()).isEqualTo(200);
        assertThat(time.body()).matches("\\d+");
        for (Api.Response answer : new Api.Response[] {time, anonymous, unknownPath, badBody, noRules, badMethod,
                unknownApplication, withBearer}) {
            assertThat(answer.headers().firstValue("X-Ovh-QueryID")).as(answer.body()).isPresent();
        }
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("class").asText()).isEqualTo("Client::Unauthorized");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("class").asText()).isEqualTo("Client::NotFound");
        for (Api.Response bad : new Api.Response[] {badBody, noRules, badMethod}) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.json().get("class").asText()).isEqualTo("Client::BadRequest");
            assertThat(bad.json().get("message").asText()).isNotBlank();
        }
        assertThat(unknownApplication.status()).isEqualTo(403);
        assertThat(unknownApplication.json().get("errorCode").asText()).isEqualTo("INVALID_KEY");
        assertThat(unknownApplication.json().get("httpCode").asText()).isEqualTo("403 Forbidden");
        assertThat(withBearer.status()).as(withBearer.body()).isEqualTo(200);
        assertThat(withBearer.json().get(0).asText()).isEqualTo("loadbalancer-" + lb.replace("-", ""));
        assertThat(scaleway.status()).isEqualTo(401);
        assertThat(scaleway.json().get("type").asText()).isEqualTo("denied_authentication");
        assertThat(scaleway.headers().firstValue("X-Ovh-QueryID")).isEmpty();
    }

    @Test
    void onlyAUserOfTheApplicationsOrganizationCanValidateItsConsumerKeysAndOnlyThroughThePage() {
        Tenant tenant = system.tenants().create();
        Tenant stranger = system.tenants().create();
        JsonNode application = register(tenant);
        OvhClient client = OvhClient.of(baseUrl, application.get("application_key").asText(),
                application.get("application_secret").asText());
        JsonNode credential = client.run("credential", REDIRECTION).get("result");
        String validationUrl = credential.get("validationUrl").asText();

        KeycloakBrowser strangers = new KeycloakBrowser();
        HttpResponse<String> strangersGrant = strangers.grant(strangers.signInTo(validationUrl, stranger.writer()));
        KeycloakBrowser browser = new KeycloakBrowser();
        HttpResponse<String> forged = browser.grantWithoutToken(browser.signInTo(validationUrl, tenant.writer()));

        assertThat(strangersGrant.statusCode()).as(strangersGrant.body()).isEqualTo(403);
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        JsonNode stillPending = client.consumerKey(credential.get("consumerKey").asText()).run("get",
                "/ipLoadbalancing");
        assertThat(stillPending.get("error").asInt()).as(stillPending.toString()).isEqualTo(403);
    }

    /** go-ovh signs every call but /auth/time, Terraform's first one included: /auth/details. */
    @Test
    void aSignedBodyIsCheckedOverHttp2AsOverHttp1AndAGoClientReadsItsCredentialsDetails() throws Exception {
        Tenant tenant = system.tenants().create();
        String lb = api.createLb(tenant.writerToken(), tenant.project(), "ovh-h2");
        JsonNode application = register(tenant);
        String secret = application.get("application_secret").asText();
        OvhClient client = OvhClient.of(baseUrl, application.get("application_key").asText(), secret);
        String consumerKey = validatedConsumerKey(client, tenant, "GET:/ipLoadbalancing/*,PUT:/ipLoadbalancing/*");
        String path = "/1.0/ipLoadbalancing/loadbalancer-" + lb.replace("-", "");
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        http2.send(HttpRequest.newBuilder(URI.create(baseUrl + "/1.0/auth/time")).build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> signed = http2.send(signed(application, secret, consumerKey, "PUT", path,
                "{\"displayName\":\"over h2\"}", "{\"displayName\":\"over h2\"}"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tampered = http2.send(signed(application, secret, consumerKey, "PUT", path,
                "{\"displayName\":\"over h2\"}", "{\"displayName\":\"tampered\"}"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> details = http2.send(signed(application, secret, consumerKey, "GET", "/1.0/auth/details",
                "", ""), HttpResponse.BodyHandlers.ofString());

        assertThat(signed.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).isEqualTo("null");
        assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(400);
        assertThat(tampered.body()).contains("INVALID_SIGNATURE");
        assertThat(api.get(tenant.readerToken(), Api.REGION + "/lbs/" + lb).json().get("name").asText())
                .isEqualTo("over h2");
        assertThat(details.statusCode()).as("outside the rules, its own details: " + details.body()).isEqualTo(200);
        JsonNode read = new ObjectMapper().readTree(details.body());
        assertThat(read.get("user").asText()).isEqualTo(tenant.writer());
        assertThat(read.get("account").asText()).isEqualTo(tenant.organizationId().toString());
        assertThat(read.get("allowedRoutes").toString()).isEqualTo("[{\"method\":\"GET\",\"path\":"
                + "\"/ipLoadbalancing/*\"},{\"method\":\"PUT\",\"path\":\"/ipLoadbalancing/*\"}]");
    }

    /**
     * A request signed as go-ovh signs it (on the configured endpoint), for {@code signedBody}, sending
     * {@code body}.
     */
    private static HttpRequest signed(JsonNode application, String secret, String consumerKey, String method,
                                      String path, String signedBody, String body) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String text = String.join("+", secret, consumerKey, method, baseUrl + path, signedBody, timestamp);
        String signature = "$1$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json;charset=utf-8")
                .header("X-Ovh-Application", application.get("application_key").asText())
                .header("X-Ovh-Consumer", consumerKey).header("X-Ovh-Timestamp", timestamp)
                .header("X-Ovh-Signature", signature)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static JsonNode register(Tenant tenant) {
        return OvhAccess.register(api, tenant);
    }

    private static String validatedConsumerKey(OvhClient client, Tenant tenant, String rules) {
        return OvhAccess.validatedConsumerKey(client, tenant, rules);
    }

    /** A POST as OVH's clients send it: with the application key, unsigned (as every /auth call). */
    private static Api.Response ovhPost(String applicationKey, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Ovh-Application", applicationKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
