package io.lbaas.events.log;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Creates the event topic at start-up, or checks the settings of the one that exists: the number of
 * partitions (the partitioner depends on it), unlimited retention and no compaction (the log is the system
 * of record). Until the topic is verified the service is not ready; a topic with wrong settings keeps it so.
 */
@Readiness
@ApplicationScoped
public class EventTopicInitializer implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(EventTopicInitializer.class);
    private static final long RETRY_SECONDS = 2;

    private final EventLogConfig config;
    private final String bootstrapServers;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "event-topic-initializer"));
    private volatile String problem = "not checked yet";

    EventTopicInitializer(EventLogConfig config,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        retries.execute(this::ensureTopic);
    }

    void onStop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }

    public boolean verified() {
        return problem == null;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("event-log topic " + config.topic());
        return problem == null ? response.up().build() : response.down().withData("problem", problem).build();
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            createIfMissing(admin);
            List<String> mismatches = mismatches(admin);
            if (mismatches.isEmpty()) {
                problem = null;
                LOG.infof("event topic %s verified: %d partitions, unlimited retention", config.topic(),
                        config.partitions());
            } else {
                problem = String.join("; ", mismatches);
                LOG.errorf("event topic %s has wrong settings, fix them by hand: %s", config.topic(), problem);
            }
        } catch (ExecutionException | RuntimeException e) {
            problem = "Kafka unreachable: " + e.getMessage();
            LOG.warnf(e, "cannot verify event topic %s yet; retrying in %ds", config.topic(), RETRY_SECONDS);
            retries.schedule(this::ensureTopic, RETRY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void createIfMissing(Admin admin) throws ExecutionException, InterruptedException {
        NewTopic topic = EventTopic.definition(config.topic(), config.partitions(), config.replicationFactor(),
                config.minInsyncReplicas());
        try {
            admin.createTopics(List.of(topic)).all().get();
            LOG.infof("created event topic %s", config.topic());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private List<String> mismatches(Admin admin) throws ExecutionException, InterruptedException {
        TopicDescription description = admin.describeTopics(List.of(config.topic()))
                .allTopicNames().get().get(config.topic());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, config.topic());
        Config settings = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        List<String> mismatches = new ArrayList<>();
        if (description.partitions().size() != config.partitions()) {
            mismatches.add("has " + description.partitions().size() + " partitions, expected " + config.partitions());
        }
        expect(settings, TopicConfig.RETENTION_MS_CONFIG, "-1", mismatches);
        expect(settings, TopicConfig.RETENTION_BYTES_CONFIG, "-1", mismatches);
        expect(settings, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE, mismatches);
        return mismatches;
    }

    private static void expect(Config settings, String name, String expected, List<String> mismatches) {
        String actual = settings.get(name).value();
        if (!expected.equals(actual)) {
            mismatches.add(name + " is " + actual + ", expected " + expected);
        }
    }
}
