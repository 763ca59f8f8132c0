package io.lbaas.events.log;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Kafka topic that is the system of record, and the settings it must have. */
@ConfigMapping(prefix = "lbaas.event-log")
public interface EventLogConfig {

    @WithDefault("lb.events")
    String topic();

    @WithDefault("12")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    @WithDefault("1")
    int minInsyncReplicas();
}
