package io.lbaas.testsupport;

import io.lbaas.events.log.EventTopic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

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
        stack.createEventTopic();
        return stack;
    }

    /**
     * Creates the event topic and waits until each partition has a leader, before any test appends: a producer's
     * first append racing the service's own creation of the topic was seen stuck until it expired (120 s).
     */
    private void createEventTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            try {
                admin.createTopics(List.of(EventTopic.definition(EventLogWriter.TOPIC,
                        EventLogWriter.PARTITIONS, (short) 1, 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create the event topic", e);
                }
            }
            Awaitility.await("a leader for every partition of " + EventLogWriter.TOPIC).atMost(Duration.ofMinutes(1))
                    .ignoreExceptions().until(() -> admin.describeTopics(List.of(EventLogWriter.TOPIC))
                            .allTopicNames().get().get(EventLogWriter.TOPIC).partitions().stream()
                            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the event topic", e);
        }
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
