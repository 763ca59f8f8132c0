package io.lbaas.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks against a running system (deploy/local/up) and prints the figures; see bench/README.md.
 * Arguments choose the parts: floor, create, replay, read, dataplane, notifier (the first three when none is given).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.fromSystemProperties();
        Set<String> parts = args.length == 0 ? Set.of("floor", "create", "replay") : Set.of(args);
        if (parts.contains("floor")) {
            createTopic(target, "bench.floor");
            report("(a) floor: produce(acks=all) then PostgreSQL commit", Floor.measure(target, 3000));
        }
        if (parts.contains("create")) {
            CreateLatency create = new CreateLatency(target);
            Duration measured = Duration.ofSeconds(Long.getLong("seconds", 20));
            CreateLatency.Result warmUp = create.run(8, 64, Duration.ofSeconds(Long.getLong("warmup", 30)));
            System.out.printf("    warm-up: %d creates%n", warmUp.latency().getTotalCount());
            for (int projects : List.of(1, 64)) {
                for (int clients : List.of(1, 8, 32)) {
                    CreateLatency.Result result = create.run(clients, projects, measured);
                    report(String.format("(b) createLb, %2d clients, %2d project(s): %6.0f/s, %d failed", clients,
                            projects, result.perSecond(), result.failures()), result.latency());
                }
            }
        }
        if (parts.contains("read")) {
            int rate = Integer.getInteger("rate", 500);
            ReadLatency read = new ReadLatency(target);
            for (Map.Entry<String, ReadLatency.Result> result : read.run(Integer.getInteger("lbs", 10_000), rate,
                    Duration.ofSeconds(Long.getLong("seconds", 20))).entrySet()) {
                report(String.format("(d) %s at %d/s, %d failed", result.getKey(), rate,
                        result.getValue().failures()), result.getValue().latency());
            }
        }
        if (parts.contains("dataplane")) {
            measureDataPlane(target);
        }
        if (parts.contains("notifier")) {
            measureNotifier(target);
        }
        if (parts.contains("replay")) {
            ReplayRate replay = new ReplayRate(target);
            int appended = replay.appendHistory(Integer.getInteger("events", 200_000));
            System.out.printf("(c) appended %d events; rebuild: %s%n", appended, replay.rebuild());
        }
    }

    private static void createTopic(Target target, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafka()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
    }

    private static void measureDataPlane(Target target) throws Exception {
        DataPlaneLatency dataPlane = new DataPlaneLatency(target);
        String agent = System.getProperty("agent", "http://127.0.0.1:8083");
        int times = Integer.getInteger("times", 50);
        dataPlane.start(4);
        try {
            report("(e) create LB, backend, frontend -> first proxied 200", dataPlane.createToFirstAnswer(times));
            DataPlaneLatency.AddServerResult added = dataPlane.addServerToFirstRequest(times, agent);
            report(String.format("(f) add server -> first request on it, %.0f reloads", added.reloads()),
                    added.latency());
            DataPlaneLatency.LoadResult load = dataPlane.poolChangesUnderLoad(100, Integer.getInteger("seconds", 20));
            System.out.printf("(g) %d pool changes under wrk: %d requests, %d failed%n%s%n", load.changes(),
                    load.requests(), load.failed(), load.wrkSummary());
            DataPlaneLatency.Overhead overhead = dataPlane.overhead(Integer.getInteger("seconds", 20));
            System.out.printf("(h) wrk direct %.0f req/s, through the LB %.0f req/s: ratio %.2f%n",
                    overhead.direct(), overhead.throughLb(), overhead.ratio());
        } finally {
            dataPlane.stop();
        }
    }

    private static void measureNotifier(Target target) throws Exception {
        NotifierDelivery notifier = new NotifierDelivery(target, System.getProperty("zone", "fr-par-2"));
        int lbs = Integer.getInteger("lbs", 50);
        int rate = Integer.getInteger("rate", 0);
        try {
            notifier.prepare(lbs);
            NotifierDelivery.Result warmUp = notifier.run(Integer.getInteger("warmupEvents", 1000), 0);
            System.out.printf("    warm-up: %d of %d webhooks%n", warmUp.received(), warmUp.events());
            NotifierDelivery.Result result = notifier.run(Integer.getInteger("events", 5000), rate);
            report(String.format("(i) %d status events on %d LBs, %s: appended in %.2f s; %d webhooks received "
                            + "(%d again), %.0f/s first to last", result.events(), lbs,
                    rate > 0 ? rate + "/s" : "at once", result.appendSeconds(), result.received(),
                    result.duplicates(), result.perSecond()), result.latency());
        } finally {
            notifier.stop();
        }
    }

    static void report(String what, Histogram latency) {
        System.out.printf("%-72s n=%6d  p50=%7.2f ms  p99=%7.2f ms  max=%7.2f ms%n", what,
                latency.getTotalCount(), latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
    }
}
