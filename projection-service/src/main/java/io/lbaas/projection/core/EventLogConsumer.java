package io.lbaas.projection.core;

import io.lbaas.events.UnsupportedSchemaVersionException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds the event log to the read models, one batch at a time and in order per partition. A batch that
 * fails (the database is away) is retried as a whole: nothing of it was committed. An event from a newer
 * build stops the projection instead, since skipping it would make the read models wrong.
 */
@ApplicationScoped
public class EventLogConsumer {

    private static final Logger LOG = Logger.getLogger(EventLogConsumer.class);

    private final ProjectionWriter writer;

    EventLogConsumer(ProjectionWriter writer) {
        this.writer = writer;
    }

    @Incoming("lb-events")
    public Uni<Void> consume(ConsumerRecords<String, byte[]> batch) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        return writer.apply(records)
                .onFailure(EventLogConsumer::retriable).invoke(failure -> LOG.warnf(
                        "applying %d records failed, retrying: %s", records.size(), failure.toString()))
                .onFailure(EventLogConsumer::retriable).retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely();
    }

    private static boolean retriable(Throwable failure) {
        return !(failure instanceof UnsupportedSchemaVersionException);
    }
}
