package io.lbaas.it.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaleway's own Node SDK against the real system: each feature file of the suite in src/test/node/scaleway-sdk
 * (see its README) is a test here. The SDK knows its tenants only by their API keys, as Scaleway users do.
 */
class ScalewaySdkIT {

    private static final NodeSuite SUITE = new NodeSuite();

    private static SystemUnderTest system;
    private static Api api;

    @BeforeAll
    static void start() {
        SUITE.install();
        system = SystemUnderTest.get();
        api = system.api();
    }

    @TestFactory
    List<DynamicTest> everyFeatureFilePassesThroughTheSdk() {
        List<String> files = SUITE.featureFiles();
        assertThat(files).as("feature files of the suite").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            NodeSuite.Run run = SUITE.run(file, environment());
            assertThat(run.exitCode()).as("node --test %s answered:%n%s", file, run.output()).isZero();
        })).toList();
    }

    /** Two fresh tenants for each file, so that no file sees what another made. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("LBAAS_API_URL", system.apiProcess().url());
        environment.putAll(credentials("LBAAS", system.tenants().create()));
        environment.putAll(credentials("LBAAS_OTHER", system.tenants().create()));
        return environment;
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
