package io.lbaas.dataplane.desired;

import io.lbaas.dataplane.reconcile.Reconciler;
import io.lbaas.events.EventCodec;
import io.lbaas.events.EventDecodingException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.log.EventLogConfig;
import io.lbaas.events.log.EventLogPartitioner;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the event log into the desired state. The agent keeps no position: on every assignment it reads its
 * partitions from their beginning (the log is the system of record, and the state is small), then keeps up, and
 * hands every load balancer an event touched to the reconciler. LBs of revoked partitions are forgotten but keep
 * running: the agent now assigned their partition adopts them (agents of one host share its HAProxys).
 */
@ApplicationScoped
@Identifier(EventLogFeed.NAME)
public class EventLogFeed implements KafkaConsumerRebalanceListener {

    static final String NAME = "dataplane-replay";
    private static final Logger LOG = Logger.getLogger(EventLogFeed.class);

    private final DesiredState desired;
    private final CatchUp catchUp;
    private final Reconciler reconciler;
    private final Assignment assignment;
    private final EventLogConfig log;
    private final EventCodec codec = new EventCodec();

    EventLogFeed(DesiredState desired, CatchUp catchUp, Reconciler reconciler, Assignment assignment,
                 EventLogConfig log) {
        this.desired = desired;
        this.catchUp = catchUp;
        this.reconciler = reconciler;
        this.assignment = assignment;
        this.log = log;
    }

    @Incoming("lb-events")
    public void consume(ConsumerRecords<String, byte[]> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                EventEnvelope event = codec.decode(record.value());
                desired.apply(event).ifPresent(reconciler::changed);
            } catch (EventDecodingException e) {
                LOG.warnf("skipping record %d of partition %d: %s", record.offset(), record.partition(),
                        e.getMessage());
            }
            if (catchUp.read(record.partition(), record.offset())) {
                LOG.infof("caught up with the event log: %d load balancers", desired.lbIds().size());
                reconciler.caughtUp(desired.lbIds());
            }
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        reconciler.catchingUp();
        consumer.seekToBeginning(partitions);
        Map<Integer, Long> ends = new HashMap<>();
        consumer.endOffsets(partitions).forEach((partition, end) -> ends.put(partition.partition(), end));
        LOG.infof("partitions %s assigned, reading them from the beginning up to %s", ends.keySet(), ends);
        catchUp.assigned(ends);
        assignment.assigned(ends.keySet());
        if (catchUp.caughtUp()) {
            reconciler.caughtUp(desired.lbIds());
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<Integer> revoked = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        catchUp.revoked(revoked);
        assignment.revoked(revoked);
        Set<UUID> released = desired.forgetProjects(
                project -> revoked.contains(EventLogPartitioner.partitionFor(project, log.partitions())));
        // They keep serving until the next catch-up: a rebalance that gives them back changes nothing.
        LOG.infof("partitions %s revoked: %d load balancers may go to another agent", revoked, released.size());
    }
}
