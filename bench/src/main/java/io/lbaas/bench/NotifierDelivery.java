package io.lbaas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.KeycloakAdmin;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * (i) Alert deliveries: LBs made through the API in a zone no data-plane agent serves (so that only the bench
 * changes their status), each subscribed to a webhook subscriber whose receiver is a JDK HTTP server in this JVM
 * answering 200; then LbStatusChanged events appended straight to the log, alternating ready and error on each LB
 * at its next aggregate version, as fast as the producer goes (or at a fixed rate). Measured: the webhooks
 * received per second, first to last, and for each the time from its event's occurred_at to its receipt.
 */
final class NotifierDelivery {

    private static final int LBS_PER_PROJECT = 50;
    private static final int CHUNK = 250;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    record Result(int events, double appendSeconds, int received, int duplicates, double perSecond,
                  Histogram latency) {
    }

    private record Lb(UUID id, UUID project) {
    }

    private final Target target;
    private final String zone;
    private final String region;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Receiver receiver = new Receiver();
    private final List<Lb> lbs = new ArrayList<>();
    private final Map<UUID, Long> versions = new HashMap<>();
    private UUID organization;
    private String token;

    NotifierDelivery(Target target, String zone) {
        this.target = target;
        this.zone = zone;
        this.region = zone.substring(0, zone.lastIndexOf('-'));
    }

    /**
     * Makes {@code count} LBs (50 per project, the default quota) and one webhook subscriber per project, through
     * the API, and subscribes each LB; then makes sure nothing else moves them.
     */
    void prepare(int count) throws Exception {
        receiver.start();
        organization = UUID.randomUUID();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < (count + LBS_PER_PROJECT - 1) / LBS_PER_PROJECT; i++) {
            projects.add(UUID.randomUUID().toString());
        }
        KeycloakAdmin keycloak = new KeycloakAdmin(target.keycloak());
        String user = "bench-notify-" + organization.toString().substring(0, 8);
        keycloak.createUser(user, organization.toString(), projects, List.of("lb-writer"));
        token = keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, user, user);
        String base = "/lb/v1/zones/" + zone;
        for (int p = 0; p < projects.size(); p++) {
            String project = projects.get(p);
            String subscriber = post(base + "/subscribers", "{\"name\":\"bench-hook\",\"project_id\":\"" + project
                    + "\",\"webhook_config\":{\"uri\":\"" + receiver.url() + "\"}}").get("id").asText();
            for (int i = p * LBS_PER_PROJECT; i < Math.min(count, (p + 1) * LBS_PER_PROJECT); i++) {
                String lb = post(base + "/lbs", "{\"name\":\"bench-notify-" + i + "\",\"type\":\"LB-S\","
                        + "\"project_id\":\"" + project + "\",\"assign_flexible_ip\":false}").get("id").asText();
                post(base + "/lb/" + lb + "/subscribe", "{\"subscriber_id\":\"" + subscriber + "\"}");
                lbs.add(new Lb(UUID.fromString(lb), UUID.fromString(project)));
            }
        }
        versions.putAll(readVersions());
        // An agent serving the zone would report on these LBs within a second, at versions the bench also uses.
        Thread.sleep(3000);
        if (!readVersions().equals(versions)) {
            throw new IllegalStateException("something else changed the bench's LBs in " + zone + ": a data-plane "
                    + "agent serves that zone. Start the system with LBAAS_DATAPLANE_ZONES=fr-par-1 deploy/local/up "
                    + "(after deploy/local/down), or pass -Dzone= a zone no agent serves");
        }
    }

    void stop() {
        receiver.stop();
    }

    /**
     * Appends {@code events} status changes round-robin over the LBs, {@code rate} per second (0: as fast as the
     * producer goes), each with its occurred_at taken just before its chunk is sent; then waits for their webhooks.
     */
    Result run(int events, int rate) throws Exception {
        Receiver.Round round = receiver.newRound(events);
        // At a rate, a chunk every 50 ms: one append (which waits for the broker's acks) takes 5 to 20 ms here.
        int chunk = rate > 0 ? Math.max(1, Math.min(CHUNK, rate / 20)) : CHUNK;
        long chunkNanos = rate > 0 ? 1_000_000_000L * chunk / rate : 0;
        long start = System.nanoTime();
        try (EventLogWriter log = new EventLogWriter(target.kafka())) {
            for (int sent = 0, c = 0; sent < events; c++) {
                if (rate > 0) {
                    LockSupport.parkNanos(start + c * chunkNanos - System.nanoTime());
                }
                List<EventEnvelope> batch = new ArrayList<>();
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                for (int i = 0; i < chunk && sent < events; i++, sent++) {
                    Lb lb = lbs.get(sent % lbs.size());
                    long version = versions.merge(lb.id(), 1L, Long::sum);
                    EventContext context = new EventContext(now, region, zone, organization, lb.project(),
                            Actor.system("bench"), UUID.randomUUID(), null);
                    EventEnvelope event = context.envelope(lb.id(), version,
                            new LbStatusChanged(version % 2 == 0 ? "ready" : "error", "bench"));
                    round.expect(event.eventId());
                    batch.add(event);
                }
                log.append(batch);
            }
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        round.await(PATIENCE);
        return new Result(events, appendSeconds, round.received(), round.duplicates(), round.perSecond(),
                round.latency());
    }

    private Map<UUID, Long> readVersions() throws Exception {
        Map<UUID, Long> read = new HashMap<>();
        try (Connection database = DriverManager.getConnection(target.jdbcUrl(), "postgres", "");
             PreparedStatement query = database.prepareStatement(
                     "SELECT id, version FROM lb WHERE id = ANY (?::uuid[])")) {
            query.setArray(1, database.createArrayOf("text", lbs.stream().map(lb -> lb.id().toString()).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    read.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        if (read.size() != lbs.size()) {
            throw new IllegalStateException("the read model shows " + read.size() + " of the " + lbs.size()
                    + " LBs made");
        }
        return read;
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(target.api() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return json.readTree(answer.body());
    }

    /** The subscribers' webhook: answers 200 at once, and times each alert from its event's occurred_at. */
    private static final class Receiver {

        private final ObjectMapper json = new ObjectMapper();
        private HttpServer server;
        private volatile Round round;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
            server.createContext("/", this::handle);
            // Daemon threads: the bench's JVM ends when the figures are printed.
            server.setExecutor(Executors.newFixedThreadPool(8, task -> {
                Thread thread = new Thread(task, "bench-webhook-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/bench";
        }

        Round newRound(int expected) {
            round = new Round(expected);
            return round;
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Instant receivedAt = Instant.now();
            long receivedNanos = System.nanoTime();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            Round current = round;
            if (current == null) {
                return;
            }
            JsonNode data = json.readTree(body).path("data");
            current.received(UUID.fromString(data.path("event_id").asText()),
                    Instant.parse(data.path("occurred_at").asText()), receivedAt, receivedNanos);
        }

        /** The alerts of one series of events: those not of the series (a late retry) are not counted. */
        static final class Round {

            private final Set<UUID> expected = ConcurrentHashMap.newKeySet();
            private final Set<UUID> seen = ConcurrentHashMap.newKeySet();
            private final Histogram latency = new Histogram(3);
            private final AtomicInteger duplicates = new AtomicInteger();
            private final int count;
            private long first = Long.MAX_VALUE;
            private long last = Long.MIN_VALUE;

            Round(int count) {
                this.count = count;
            }

            void expect(UUID eventId) {
                expected.add(eventId);
            }

            void received(UUID eventId, Instant occurredAt, Instant receivedAt, long receivedNanos) {
                if (!expected.contains(eventId)) {
                    return;
                }
                if (!seen.add(eventId)) {
                    duplicates.incrementAndGet();
                    return;
                }
                synchronized (this) {
                    latency.recordValue(Math.max(0, Duration.between(occurredAt, receivedAt).toNanos() / 1000));
                    first = Math.min(first, receivedNanos);
                    last = Math.max(last, receivedNanos);
                    if (seen.size() == count) {
                        notifyAll();
                    }
                }
            }

            /** Until every alert came, or none came for {@code patience}. */
            synchronized void await(Duration patience) throws InterruptedException {
                int before = -1;
                while (seen.size() < count && seen.size() > before) {
                    before = seen.size();
                    wait(patience.toMillis());
                }
            }

            int received() {
                return seen.size();
            }

            int duplicates() {
                return duplicates.get();
            }

            synchronized double perSecond() {
                return seen.size() < 2 ? 0 : (seen.size() - 1) / ((last - first) / 1e9);
            }

            synchronized Histogram latency() {
                return latency.copy();
            }
        }
    }
}
