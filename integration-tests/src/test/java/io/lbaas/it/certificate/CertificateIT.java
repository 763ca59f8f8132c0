package io.lbaas.it.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.TestCertificates.Issued;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** TLS certificates of a load balancer: custom ones read for real, Let's Encrypt ones pending, kept while served. */
class CertificateIT {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";
    private static final Issued AUTHORITY = TestCertificates.authority("CertificateIT CA");

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
    }

    @Test
    void aCustomCertificateIsReadyWithWhatItsChainSays() {
        Setup setup = setup();
        Issued leaf = TestCertificates.leaf(AUTHORITY, "shop.example.com", List.of("shop.example.com",
                "www.shop.example.com"));

        Api.Response created = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates",
                custom("shop", leaf.pem() + AUTHORITY.pem() + leaf.keyPem()));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode certificate = created.json();
        assertThat(certificate.get("type").asText()).isEqualTo("custom");
        assertThat(certificate.get("status").asText()).isEqualTo("ready");
        assertThat(certificate.get("status_details").isNull()).isTrue();
        assertThat(certificate.get("common_name").asText()).isEqualTo("shop.example.com");
        assertThat(certificate.get("subject_alternative_name").toString())
                .isEqualTo("[\"shop.example.com\",\"www.shop.example.com\"]");
        assertThat(certificate.get("fingerprint").asText()).isEqualTo(leaf.fingerprint());
        assertThat(Instant.parse(certificate.get("not_valid_after").asText()))
                .isEqualTo(leaf.certificate().getNotAfter().toInstant());
        assertThat(certificate.get("lb").get("id").asText()).isEqualTo(setup.lb);
        assertThat(created.body()).doesNotContain("PRIVATE KEY");
        String id = certificate.get("id").asText();
        assertThat(api.get(setup.token, Api.REGION + "/certificates/" + id).body()).isEqualTo(created.body());

        Api.Response renamed = api.put(setup.token, ZONE + "/certificates/" + id, "{\"name\":\"shop-2027\"}");
        assertThat(renamed.json().get("name").asText()).isEqualTo("shop-2027");
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates?name=2027").json()
                .get("total_count").asInt()).isEqualTo(1);
    }

    @Test
    void anExpiredCertificateIsKeptInErrorSayingWhy() {
        Setup setup = setup();
        Issued expired = TestCertificates.leaf(AUTHORITY, "old.example.com", List.of(), "EC",
                Instant.now().minus(Duration.ofDays(100)), Instant.now().minus(Duration.ofDays(10)));

        Api.Response created = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates",
                custom("old", expired.pem() + expired.keyPem()));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("status").asText()).isEqualTo("error");
        assertThat(created.json().get("status_details").asText()).contains("expired");
    }

    @Test
    void aLetsEncryptCertificateIsPendingUntilTheDataPlaneIssuesIt() {
        Setup setup = setup();

        Api.Response created = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates",
                "{\"name\":\"le\",\"letsencrypt\":{\"common_name\":\"App.Example.com\","
                        + "\"subject_alternative_name\":null}}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("type").asText()).isEqualTo("letsencrypt");
        assertThat(created.json().get("status").asText()).isEqualTo("pending");
        assertThat(created.json().get("common_name").asText()).isEqualTo("app.example.com");
        assertThat(created.json().get("subject_alternative_name")).isEmpty();
        assertThat(created.json().get("fingerprint").asText()).isEmpty();
    }

    @Test
    void badBundlesAreRefusedNamingTheArgumentAndNothingIsStored() {
        Setup setup = setup();
        Issued leaf = TestCertificates.leaf(AUTHORITY, "a.example.com", List.of());
        Issued other = TestCertificates.leaf(AUTHORITY, "b.example.com", List.of());
        String certificates = ZONE + "/lbs/" + setup.lb + "/certificates";

        for (String bundle : List.of(leaf.pem(), leaf.pem() + other.keyPem(), AUTHORITY.pem() + leaf.pem()
                + leaf.keyPem(), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "hello")) {
            Api.Response refused = api.post(setup.token, certificates, custom("bad", bundle));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("details").get(0).get("argument_name").asText())
                    .isEqualTo("custom_certificate.certificate_chain");
        }
        Api.Response both = api.post(setup.token, certificates, "{\"name\":\"x\",\"letsencrypt\":{\"common_name\":"
                + "\"a.example.com\"},\"custom_certificate\":{\"certificate_chain\":\"x\"}}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(api.get(setup.token, certificates).json().get("total_count").asInt()).isZero();
    }

    @Test
    void aServedCertificateIsEmbeddedInItsFrontendAndCannotBeDeleted() {
        Setup setup = setup();
        Issued leaf = TestCertificates.leaf(AUTHORITY, "tls.example.com", List.of());
        String certificate = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates",
                custom("tls", leaf.pem() + leaf.keyPem())).json().get("id").asText();

        Api.Response frontend = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends", "{\"inbound_port\":"
                + "443,\"backend_id\":\"" + setup.backend + "\",\"certificate_id\":\"" + certificate + "\"}");

        assertThat(frontend.status()).as(frontend.body()).isEqualTo(200);
        assertThat(frontend.json().get("certificate").get("id").asText()).isEqualTo(certificate);
        assertThat(frontend.json().get("certificate_ids").toString()).isEqualTo("[\"" + certificate + "\"]");
        assertThat(api.get(setup.token, ZONE + "/lbs/" + setup.lb + "/frontends").json().get("frontends").get(0)
                .get("certificate").get("fingerprint").asText()).isEqualTo(leaf.fingerprint());
        Api.Response inUse = api.delete(setup.token, ZONE + "/certificates/" + certificate);
        assertThat(inUse.status()).isEqualTo(412);
        assertThat(inUse.json().get("help_message").asText()).contains(frontend.json().get("id").asText());

        assertThat(api.delete(setup.token, ZONE + "/lbs/" + setup.lb).status()).isEqualTo(204);
        assertThat(api.get(setup.token, ZONE + "/certificates/" + certificate).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsCertificateDoesNotExist() {
        Setup setup = setup();
        String certificate = api.post(setup.token, ZONE + "/lbs/" + setup.lb + "/certificates",
                "{\"letsencrypt\":{\"common_name\":\"x.example.com\"}}").json().get("id").asText();
        Tenant stranger = system.tenants().create();
        String other = stranger.writerToken();
        String strangersLb = api.createLb(other, stranger.project(), "mine");

        for (Api.Response answer : List.of(
                api.get(other, ZONE + "/certificates/" + certificate),
                api.put(other, ZONE + "/certificates/" + certificate, "{\"name\":\"x\"}"),
                api.delete(other, ZONE + "/certificates/" + certificate),
                api.get(other, ZONE + "/lbs/" + setup.lb + "/certificates"),
                api.post(other, ZONE + "/lbs/" + setup.lb + "/certificates",
                        "{\"letsencrypt\":{\"common_name\":\"x.example.com\"}}"),
                api.post(other, ZONE + "/lbs/" + strangersLb + "/frontends", "{\"inbound_port\":443,\"backend_id\":\""
                        + setup.backend + "\",\"certificate_ids\":[\"" + certificate + "\"]}"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }
    }

    private static String custom(String name, String chain) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", name);
        body.putObject("custom_certificate").put("certificate_chain", chain);
        return body.toString();
    }

    private record Setup(String token, String lb, String backend) {
    }

    private static Setup setup() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        String lb = api.createLb(token, tenant.project(), "tls");
        String backend = api.post(token, ZONE + "/lbs/" + lb + "/backends", "{\"forward_port\":8080}").json()
                .get("id").asText();
        return new Setup(token, lb, backend);
    }
}
