package io.lbaas.it.support;

import io.lbaas.events.log.EventLogPartitioner;
import io.lbaas.testsupport.EventLogWriter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells what the event log received for some projects between two moments, cheaply enough to ask around each
 * of a thousand requests: one consumer kept open, the partitions' ends compared, and records read only when an
 * end moved. ({@link io.lbaas.testsupport.EventLogReader} opens a consumer and reads from the start each time.)
 */
public final class EventLogWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> projects;
    private final List<TopicPartition> partitions;

    public EventLogWatch(String bootstrapServers, Collection<UUID> projects) {
        this.projects = projects.stream().map(UUID::toString).collect(Collectors.toSet());
        this.partitions = projects.stream().map(project -> new TopicPartition(EventLogWriter.TOPIC,
                EventLogPartitioner.partitionFor(project, EventLogWriter.PARTITIONS))).distinct().toList();
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.assign(partitions);
    }

    /** Where the log of these projects ends now: pass it to {@link #appendedSince}. */
    public Map<TopicPartition, Long> mark() {
        return consumer.endOffsets(partitions);
    }

    /** The records of these projects appended since {@code mark}. */
    public List<ConsumerRecord<String, byte[]>> appendedSince(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> now = mark();
        List<ConsumerRecord<String, byte[]>> appended = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            if (now.get(partition) > mark.get(partition)) {
                appended.addAll(read(partition, mark.get(partition), now.get(partition)));
            }
        }
        return appended;
    }

    private List<ConsumerRecord<String, byte[]>> read(TopicPartition partition, long from, long to) {
        consumer.seek(partition, from);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        while (consumer.position(partition) < to) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500)).records(partition)) {
                if (record.offset() < to && projects.contains(record.key())) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
