package io.lbaas.events.log;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogPartitionerTest {

    @Test
    void choosesThePartitionKafkaWouldChooseForTheProjectKey() {
        for (int i = 0; i < 1_000; i++) {
            UUID project = UUID.randomUUID();
            byte[] key = project.toString().getBytes(StandardCharsets.UTF_8);

            assertThat(EventLogPartitioner.partitionFor(project, 12))
                    .isEqualTo(BuiltInPartitioner.partitionForKey(key, 12));
        }
    }
}
