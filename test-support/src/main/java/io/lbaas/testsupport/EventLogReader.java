package io.lbaas.testsupport;

import io.lbaas.events.log.EventLogPartitioner;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what the log holds for one project, from its first record to the partition's current end. */
public final class EventLogReader {

    private final String bootstrapServers;

    public EventLogReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public List<ConsumerRecord<String, byte[]>> recordsOf(UUID project) {
        TopicPartition partition = new TopicPartition(EventLogWriter.TOPIC,
                EventLogPartitioner.partitionFor(project, EventLogWriter.PARTITIONS));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end && project.toString().equals(record.key())) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }

    /** The offset the next record of the project's partition will get. */
    public long endOf(UUID project) {
        TopicPartition partition = new TopicPartition(EventLogWriter.TOPIC,
                EventLogPartitioner.partitionFor(project, EventLogWriter.PARTITIONS));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }
}
