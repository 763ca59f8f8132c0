package io.lbaas.projection.core;

import io.lbaas.events.log.EventLogConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Where the event log is (its cluster) and where it ends now, partition by partition. */
@ApplicationScoped
public class EventLogEnd {

    private final EventLogConfig log;
    private final Admin admin;

    EventLogEnd(EventLogConfig log, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.log = log;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The offset the next record of each partition will get; blocks for at most a few seconds. */
    public Map<Integer, Long> endOffsets() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = IntStream.range(0, log.partitions())
                .mapToObj(p -> new TopicPartition(log.topic(), p))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    }

    /** The id of the Kafka cluster that holds the log; blocks for at most a few seconds. */
    public String clusterId() {
        try {
            return admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka to identify the event log", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
