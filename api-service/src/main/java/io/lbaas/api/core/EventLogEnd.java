package io.lbaas.api.core;

import io.lbaas.events.log.EventLogConfig;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/** Which cluster holds the event log, and where a partition of it ends now. */
@ApplicationScoped
public class EventLogEnd {

    private final String topic;
    private final Admin admin;

    EventLogEnd(EventLogConfig log, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.topic = log.topic();
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public Uni<Long> of(int partition) {
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        return Uni.createFrom()
                .completionStage(() -> admin.listOffsets(Map.of(topicPartition, OffsetSpec.latest()))
                        .partitionResult(topicPartition).toCompletionStage())
                .map(ListOffsetsResult.ListOffsetsResultInfo::offset);
    }

    /** The id of the Kafka cluster that holds the log. */
    public Uni<String> clusterId() {
        return Uni.createFrom().completionStage(() -> admin.describeCluster().clusterId().toCompletionStage());
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
