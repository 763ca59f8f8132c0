package io.lbaas.api.core;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Appends a decision's events to the log (idempotent producer, acks=all, configured in application.properties)
 * and tells the offset of the last one, once the broker has it.
 */
@ApplicationScoped
public class EventAppender {

    private final MutinyEmitter<byte[]> log;
    private final EventCodec codec = new EventCodec();

    EventAppender(@Channel("lb-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
                  MutinyEmitter<byte[]> log) {
        this.log = log;
    }

    public Uni<Long> append(int partition, List<EventEnvelope> events) {
        List<Uni<RecordMetadata>> sends = events.stream().map(event -> send(partition, event)).toList();
        return Uni.join().all(sends).andFailFast().map(written -> written.get(written.size() - 1).offset());
    }

    private Uni<RecordMetadata> send(int partition, EventEnvelope event) {
        OutgoingMessageMetadata<RecordMetadata> written = new OutgoingMessageMetadata<>();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.key())
                .withPartition(partition)
                .addHeaders(new RecordHeader("event_type", event.type().getBytes(StandardCharsets.UTF_8)))
                .build();
        return log.sendMessage(Message.of(codec.encode(event)).addMetadata(record).addMetadata(written))
                .map(ignored -> written.getResult());
    }
}
