package io.lbaas.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;

/** Runs the benchmarks against a running system; see bench/README.md. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.fromSystemProperties();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafka()))) {
            if (!admin.listTopics().names().get().contains("bench.floor")) {
                admin.createTopics(List.of(new NewTopic("bench.floor", 1, (short) 1))).all().get();
            }
        }
        report("floor: produce(acks=all) + PostgreSQL commit", Floor.measure(target, 2000));
    }

    static void report(String what, Histogram latency) {
        System.out.printf("%-60s n=%6d  p50=%7.2f ms  p99=%7.2f ms  max=%7.2f ms%n", what, latency.getTotalCount(),
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0);
    }
}
