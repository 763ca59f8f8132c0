package io.lbaas.projection.core;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.Map;

/**
 * Starts each assigned partition where the read models stand. The positions live in PostgreSQL with the
 * read models, not in Kafka's consumer group, so they can never disagree with what was applied.
 */
@ApplicationScoped
@Identifier(PositionSeeker.NAME)
public class PositionSeeker implements KafkaConsumerRebalanceListener {

    static final String NAME = "projection-positions";

    private static final Logger LOG = Logger.getLogger(PositionSeeker.class);

    private final PositionStore store;

    PositionSeeker(PositionStore store) {
        this.store = store;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<Integer, Long> positions = store.loadAll();
        for (TopicPartition partition : partitions) {
            long next = positions.getOrDefault(partition.partition(), 0L);
            consumer.seek(partition, next);
            LOG.infof("partition %d assigned, applying from offset %d", partition.partition(), next);
        }
    }
}
