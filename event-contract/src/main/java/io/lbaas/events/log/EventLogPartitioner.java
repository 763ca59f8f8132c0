package io.lbaas.events.log;

import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The partition of a project's events: Kafka's own key hash (murmur2 of the key's UTF-8 bytes), so that the
 * writer knows the partition before it appends and any other producer keyed by project lands on the same one.
 */
public final class EventLogPartitioner {

    private EventLogPartitioner() {
    }

    public static int partitionFor(UUID projectId, int partitions) {
        byte[] key = projectId.toString().getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }
}
