package io.lbaas.testsupport;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.log.EventLogPartitioner;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Appends events straight to the log, as a producer of the platform would, for tests and benchmarks that
 * need events no API call makes (duplicates, old schema versions, bulk history).
 */
public final class EventLogWriter implements AutoCloseable {

    public static final String TOPIC = "lb.events";
    public static final int PARTITIONS = 12;

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    public EventLogWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    public List<RecordMetadata> append(List<EventEnvelope> events) {
        return appendRaw(events.stream().map(e -> new Raw(e.projectId().toString(), codec.encode(e))).toList());
    }

    public RecordMetadata append(EventEnvelope event) {
        return append(List.of(event)).get(0);
    }

    /** A record as bytes, for writing what the codec would not (older versions, garbage). */
    public record Raw(String projectId, byte[] value) {
    }

    public List<RecordMetadata> appendRaw(List<Raw> records) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Raw raw : records) {
            int partition = EventLogPartitioner.partitionFor(java.util.UUID.fromString(raw.projectId()), PARTITIONS);
            sent.add(producer.send(new ProducerRecord<>(TOPIC, partition, raw.projectId(), raw.value())));
        }
        List<RecordMetadata> written = new ArrayList<>();
        try {
            for (Future<RecordMetadata> future : sent) {
                written.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("append failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return written;
    }

    @Override
    public void close() {
        producer.close();
    }
}
