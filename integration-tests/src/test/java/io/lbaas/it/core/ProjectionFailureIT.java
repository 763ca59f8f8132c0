package io.lbaas.it.core;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.it.support.Api;
import io.lbaas.it.support.SystemUnderTest;
import io.lbaas.testsupport.EventLogReader;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.Tenant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.lbaas.it.support.Api.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules 3 and 4 when the projection fails: a command whose events cannot be shown in time is answered 503 and
 * still applied later; a projection killed mid-stream applies every event exactly once when it comes back.
 */
class ProjectionFailureIT {

    private static final int BURST = 2000;

    private static SystemUnderTest system;
    private static Api api;
    private static EventLogReader log;
    private final EventCodec codec = new EventCodec();

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        api = system.api();
        log = new EventLogReader(system.stack().kafkaBootstrapServers());
    }

    @AfterEach
    void projectionRunsAgain() {
        system.projection().ensureRunning();
    }

    @Test
    void aCreateAnsweredWhileTheProjectionIsDownIsAppliedWhenItReturns() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        system.projection().kill();

        Api.Response created = api.post(token, REGION + "/lbs",
                "{\"name\":\"late-x\",\"project_id\":\"" + tenant.project() + "\"}");

        assertThat(created.status()).isEqualTo(503);
        assertThat(created.headers().firstValue("Retry-After")).isPresent();
        assertThat(created.json().get("message").asText()).contains("on the event log");
        system.projection().restart();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get(token, REGION + "/lbs?name=late-x").json().get("total_count").asInt() == 1);
    }

    /**
     * Commands keep coming while a burst of events is being applied; the projection is killed in the middle of
     * it and restarted. Afterwards each LB's version is the number of its events on the log, and its answer is
     * the state of its last event: nothing was skipped, nothing applied twice.
     */
    @Test
    void aProjectionKilledMidStreamAppliesEveryEventExactlyOnce() throws Exception {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        List<String> lbs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lbs.add(api.createLb(token, tenant.project(), "crash-" + i));
        }
        List<String> burstLbs = lbs.subList(0, 5);
        List<String> updatedLbs = lbs.subList(5, 10);
        AtomicBoolean updating = new AtomicBoolean(true);
        AtomicInteger unavailable = new AtomicInteger();
        Thread updates = new Thread(() -> {
            for (int n = 0; updating.get(); n++) {
                String lb = updatedLbs.get(n % updatedLbs.size());
                int status = api.put(token, REGION + "/lbs/" + lb,
                        "{\"name\":\"crash-" + n + "\",\"description\":\"\"}").status();
                if (status == 503) {
                    unavailable.incrementAndGet();
                }
            }
        });
        updates.start();
        try {
            long burstStart = log.endOf(tenant.project());
            Thread burst = new Thread(() -> appendBurst(tenant, burstLbs, BURST));
            burst.start();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> projectedUpTo(tenant.project()) > burstStart + BURST);
            system.projection().kill();
            long killedAt = projectedUpTo(tenant.project());
            burst.join();
            assertThat(killedAt).as("killed in the middle of the burst")
                    .isLessThan(log.endOf(tenant.project()));
            await().atMost(Duration.ofSeconds(30)).until(() -> unavailable.get() > 0);
            system.projection().restart();
            int afterRestart = log.recordsOf(tenant.project()).size();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> log.recordsOf(tenant.project()).size() > afterRestart + 20);
        } finally {
            updating.set(false);
            updates.join();
        }

        Map<UUID, List<EventEnvelope>> history = historyOf(tenant.project());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String lb : lbs) {
                List<EventEnvelope> events = history.get(UUID.fromString(lb));
                assertThat(versionOf(lb)).as("events applied to %s", lb).isEqualTo(events.size());
                LbUpdated last = (LbUpdated) events.get(events.size() - 1).payload();
                assertThat(api.get(token, REGION + "/lbs/" + lb).json().get("name").asText())
                        .isEqualTo(last.name());
            }
        });
    }

    /** Appends {@code count} renames of each LB straight to the log, as a busy data plane might. */
    private void appendBurst(Tenant tenant, List<String> lbs, int count) {
        EventEnvelope created = codec.decode(log.recordsOf(tenant.project()).get(0).value());
        List<EventEnvelope> burst = new ArrayList<>();
        for (int version = 2; version < count + 2; version++) {
            for (String lb : lbs) {
                EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS),
                        created.region(), created.zone(), created.organizationId(), created.projectId(),
                        created.actor(), UUID.randomUUID(), null);
                burst.add(context.envelope(UUID.fromString(lb), version,
                        new LbUpdated("burst-" + version, "", List.of(), "ssl_compatibility_level_intermediate")));
            }
        }
        try (EventLogWriter writer = new EventLogWriter(system.stack().kafkaBootstrapServers())) {
            writer.append(burst);
        }
    }

    /**
     * Read models restored beside another Kafka cluster (simulated by rewriting the cluster they record) must
     * not be continued: positions on one log say nothing about another. Both services refuse until rebuilt.
     */
    @Test
    void readModelsProjectedFromAnotherLogAreRefused() throws Exception {
        Tenant tenant = system.tenants().create();
        String realCluster = queryString("SELECT kafka_cluster_id FROM projection_meta");
        execute("UPDATE projection_meta SET kafka_cluster_id = 'another-cluster'");
        try {
            system.projection().kill();
            system.projection().start();

            await().atMost(Duration.ofSeconds(60)).until(() -> system.projection().readiness().body()
                    .contains("another-cluster"));
            await().atMost(Duration.ofSeconds(30)).until(() -> system.apiProcess().readiness().status() == 503);
            long logEnd = log.endOf(tenant.project());
            Api.Response refused = api.post(tenant.writerToken(), REGION + "/lbs",
                    "{\"name\":\"refused\",\"project_id\":\"" + tenant.project() + "\"}");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("message").asText()).contains("rebuilt");
            assertThat(log.endOf(tenant.project())).as("nothing appended").isEqualTo(logEnd);
        } finally {
            execute("UPDATE projection_meta SET kafka_cluster_id = '" + realCluster + "'");
            system.projection().kill();
            system.projection().restart();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> system.apiProcess().readiness().status() == 200);
    }

    @Test
    void eventsAppendedASecondTimeChangeNothing() {
        Tenant tenant = system.tenants().create();
        String token = tenant.writerToken();
        for (int i = 0; i < 5; i++) {
            String lb = api.createLb(token, tenant.project(), "dup-" + i);
            api.put(token, REGION + "/lbs/" + lb, "{\"name\":\"dup-" + i + "-renamed\",\"description\":\"d\"}");
        }
        api.delete(token, REGION + "/lbs/" + api.createLb(token, tenant.project(), "dup-deleted"));
        String before = api.get(token, REGION + "/lbs?page_size=100").body();

        List<ConsumerRecord<String, byte[]>> records = log.recordsOf(tenant.project());
        try (EventLogWriter writer = new EventLogWriter(system.stack().kafkaBootstrapServers())) {
            writer.appendRaw(records.stream()
                    .map(record -> new EventLogWriter.Raw(record.key(), record.value())).toList());
        }
        long end = log.endOf(tenant.project());

        await().atMost(Duration.ofSeconds(30)).until(() -> projectedUpTo(tenant.project()) >= end);
        assertThat(api.get(token, REGION + "/lbs?page_size=100").body()).isEqualTo(before);
    }

    private Map<UUID, List<EventEnvelope>> historyOf(UUID project) {
        Map<UUID, List<EventEnvelope>> history = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : log.recordsOf(project)) {
            EventEnvelope event = codec.decode(record.value());
            history.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
        }
        return history.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long versionOf(String lb) throws Exception {
        return queryLong("SELECT version FROM lb WHERE id = ?", UUID.fromString(lb));
    }

    private static long projectedUpTo(UUID project) throws Exception {
        int partition = io.lbaas.events.log.EventLogPartitioner.partitionFor(project, EventLogWriter.PARTITIONS);
        return queryLong("SELECT next_offset FROM projection_offset WHERE partition = ?", partition);
    }

    private static String queryString(String sql) throws Exception {
        try (Connection readModels = system.readModels();
             ResultSet row = readModels.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection readModels = system.readModels()) {
            readModels.createStatement().execute(sql);
        }
    }

    private static long queryLong(String sql, Object argument) throws Exception {
        try (Connection readModels = system.readModels();
             PreparedStatement query = readModels.prepareStatement(sql)) {
            query.setObject(1, argument);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }
}
