package io.lbaas.it.ovh;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.testsupport.Tenant;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** An OVH application of a tenant and consumer keys its writer validated, as OVH's users get them. */
final class OvhAccess {

    static final String APPLICATIONS = "/lbaas/v1/ovh-applications";
    static final String REDIRECTION = "https://tool.example.com/after-validation";

    private OvhAccess() {
    }

    static JsonNode register(Api api, Tenant tenant) {
        Api.Response created = api.post(tenant.writerToken(), APPLICATIONS, "{\"name\":\"ovh tool\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(api.get(tenant.writerToken(), APPLICATIONS).json().get("applications").get(0)
                .has("application_secret")).as("the secret is shown once").isFalse();
        return created.json();
    }

    /** A consumer key with these access rules ({@code METHOD:path,...}), validated by the tenant's writer. */
    static String validatedConsumerKey(OvhClient client, Tenant tenant, String rules) {
        JsonNode credential = client.run("credential", REDIRECTION, rules).get("result");
        KeycloakBrowser browser = new KeycloakBrowser();
        HttpResponse<String> granted = browser.grant(browser.signInTo(credential.get("validationUrl").asText(),
                tenant.writer()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(303);
        return credential.get("consumerKey").asText();
    }
}
