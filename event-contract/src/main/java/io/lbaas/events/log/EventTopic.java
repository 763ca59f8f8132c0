package io.lbaas.events.log;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.util.Map;

/** The event topic as every service expects it: unlimited retention, nothing compacted away. */
public final class EventTopic {

    private EventTopic() {
    }

    public static NewTopic definition(String name, int partitions, short replicationFactor, int minInsyncReplicas) {
        return new NewTopic(name, partitions, replicationFactor).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas)));
    }
}
