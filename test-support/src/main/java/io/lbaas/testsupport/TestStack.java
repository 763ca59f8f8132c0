package io.lbaas.testsupport;

import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real dependencies of this test run: Kafka, PostgreSQL and Keycloak, started once per JVM (in parallel)
 * or reused when already listening. The read-model database is named after the Kafka cluster, because read
 * models only mean something next to the log they were projected from.
 */
public final class TestStack {

    private static TestStack instance;

    private final TestKafka kafka;
    private final TestKeycloak keycloak;
    private final String database;
    private EventLogWriter eventLog;

    private TestStack(TestKafka kafka, TestKeycloak keycloak, String database) {
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.database = database;
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestStack start() {
        Scripts.run("postgres-ensure");
        String[] database = new String[1];
        var keycloak = CompletableFuture.supplyAsync(TestKeycloak::startOrReuse);
        TestKafka kafka = TestKafka.startOrReuse(() -> Scripts.run("postgres-ensure", "--drop", database[0]));
        database[0] = "lbaas_test_" + kafka.clusterId().toLowerCase().replaceAll("[^a-z0-9]", "_");
        Scripts.run("postgres-ensure", database[0]);
        TestStack stack = new TestStack(kafka, keycloak.join(), database[0]);
        stack.migrateReadModels();
        return stack;
    }

    /**
     * Applies projection-service's own migrations, so that a service tested alone (the API) finds the read-model
     * schema; projection-service later sees them applied, with the same checksums.
     */
    private void migrateReadModels() {
        Path migrations = ProjectRoot.path().resolve("projection-service/src/main/resources/db/migration");
        Flyway.configure().dataSource(jdbcUrl(), "postgres", "").locations("filesystem:" + migrations).load()
                .migrate();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A writer to the log shared by the tests of this JVM, closed when it exits. */
    public synchronized EventLogWriter eventLog() {
        if (eventLog == null) {
            eventLog = new EventLogWriter(kafkaBootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(eventLog::close, "close-test-event-log"));
        }
        return eventLog;
    }

    public TestKafka kafka() {
        return kafka;
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:5432/" + database;
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public KeycloakAdmin keycloakAdmin() {
        return new KeycloakAdmin(keycloak.url());
    }

    public Tenants tenants() {
        return new Tenants(keycloakAdmin());
    }

    /** The configuration a service needs to run against this stack, as Quarkus property names. */
    public Map<String, String> serviceConfig() {
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "quarkus.datasource.reactive.url", reactiveUrl(),
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.oidc.auth-server-url", keycloak.realmUrl());
    }
}
