package io.lbaas.it.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.DataPlaneReports;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.ProjectRoot;
import io.lbaas.testsupport.TestCertificates;
import io.lbaas.testsupport.TestCertificates.Issued;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaleway's own Node SDK against the real system: each feature file of the suite in src/test/node/scaleway-sdk
 * (see its README) is a test here. The SDK knows its tenants only by their API keys, as Scaleway users do. What
 * Node cannot make alone comes from here: X.509 certificates (Node has no certificate builder), and an LB the data
 * plane reports as migrating (no API call leaves one in that state).
 */
class ScalewaySdkIT {

    private static final NodeSuite SUITE = new NodeSuite();
    /** The file that refuses changes to a migrating LB; it alone gets one. */
    private static final String ERRORS_FILE = "errors.test.mjs";
    private static final int ENVIRONMENT_MAKERS = 3;

    private static SystemUnderTest system;
    private static Api api;
    private static DataPlaneReports dataPlane;
    private static Path certificates;

    @BeforeAll
    static void start() throws IOException {
        SUITE.install();
        system = SystemUnderTest.get();
        api = system.api();
        dataPlane = new DataPlaneReports(system);
        certificates = writeCertificates(ProjectRoot.scratch("scaleway-sdk").resolve("certificates.json"));
    }

    @TestFactory
    List<DynamicTest> everyFeatureFilePassesThroughTheSdk() {
        List<String> files = SUITE.featureFiles();
        assertThat(files).as("feature files of the suite").isNotEmpty();
        // Tenants take seconds each (Keycloak users, tokens, API keys): they are made ahead, while files run.
        ExecutorService makers = Executors.newFixedThreadPool(ENVIRONMENT_MAKERS);
        Map<String, CompletableFuture<Map<String, String>>> environments = new HashMap<>();
        files.forEach(file -> environments.put(file, CompletableFuture.supplyAsync(() -> environment(file), makers)));
        makers.shutdown();
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            NodeSuite.Run run = SUITE.run(file, environments.get(file).join());
            assertThat(run.exitCode()).as("node --test %s answered:%n%s", file, run.output()).isZero();
        })).toList();
    }

    /** Two fresh tenants for each file, so that no file sees what another made. */
    private static Map<String, String> environment(String file) {
        Map<String, String> environment = new HashMap<>();
        Tenant main = system.tenants().create();
        environment.put("LBAAS_API_URL", system.apiProcess().url());
        environment.putAll(credentials("LBAAS", main));
        environment.putAll(credentials("LBAAS_OTHER", system.tenants().create()));
        environment.put("LBAAS_CERTIFICATES", certificates.toString());
        if (file.equals(ERRORS_FILE)) {
            String lb = api.createLb(main.writerToken(), main.project(), "migrating");
            try {
                dataPlane.lbStatus(main, lb, "migrating");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            environment.put("LBAAS_MIGRATING_LB_ID", lb);
        }
        return environment;
    }

    /**
     * The PEM parts the suite makes its bundles of (support/certificates.mjs): a CA, leaves it issued (RSA with
     * alternative names, EC without), another leaf for a key that fits nothing, and one expired.
     */
    private static Path writeCertificates(Path file) throws IOException {
        Issued authority = TestCertificates.authority("Scaleway SDK suite CA");
        Instant now = Instant.now();
        Map<String, Object> parts = Map.of(
                "authority", authority.pem(),
                "leaf", parts(TestCertificates.leaf(authority, "shop.example.com",
                        List.of("shop.example.com", "www.shop.example.com"))),
                "ecLeaf", parts(TestCertificates.leaf(authority, "api.example.com", List.of(), "EC",
                        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)))),
                "otherLeaf", parts(TestCertificates.leaf(authority, "other.example.com", List.of())),
                "expired", parts(TestCertificates.leaf(authority, "old.example.com", List.of(), "EC",
                        now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(10)))));
        Files.createDirectories(file.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), parts);
        return file;
    }

    private static Map<String, String> parts(Issued issued) {
        return Map.of("certificate", issued.pem(), "key", issued.keyPem());
    }

    private static Map<String, String> credentials(String prefix, Tenant tenant) {
        Api.Response created = api.post(tenant.writerToken(), "/lbaas/v1/api-keys",
                "{\"description\":\"Scaleway SDK suite\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode key = created.json();
        return Map.of(
                prefix + "_ACCESS_KEY", key.get("access_key").asText(),
                prefix + "_SECRET_KEY", key.get("secret_key").asText(),
                prefix + "_PROJECT_ID", tenant.project().toString());
    }
}
