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

/** Where a partition of the event log ends now: the offset its next record will get. */
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

    @PreDestroy
    void close() {
        admin.close();
    }
}
