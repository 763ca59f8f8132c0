package io.lbaas.bench;

import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.KeycloakAdmin;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * (d) Read latency: one project holding one LB with 100 frontends and 100 backends (made through the API) and
 * 10,000 more LBs (appended straight to the log); then each read at a fixed rate, open loop: latency counts from
 * when a request was due, so a slow answer cannot hide the requests queued behind it.
 */
final class ReadLatency {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";
    private static final String LEVEL = "ssl_compatibility_level_intermediate";
    private static final int CHILDREN = 100;

    record Result(Histogram latency, int failures) {
    }

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    ReadLatency(Target target) {
        this.target = target;
    }

    /** Builds the data, then measures each read at {@code rate} requests per second for {@code measured}. */
    Map<String, Result> run(int lbs, int rate, Duration measured) throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(target.keycloak());
        UUID organization = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        String user = "bench-reader-" + project.toString().substring(0, 8);
        keycloak.createUser(user, organization.toString(), List.of(project.toString()), List.of("lb-writer"));
        token = keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, user, user);
        String big = create(ZONE + "/lbs", "{\"name\":\"big\",\"type\":\"LB-GP-L\",\"project_id\":\"" + project
                + "\",\"assign_flexible_ip\":false}");
        List<String> frontends = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            String backend = create(ZONE + "/lbs/" + big + "/backends", "{\"forward_port\":80,\"server_ip\":"
                    + "[\"10.0.0.1\",\"10.0.0.2\"]}");
            frontends.add(create(ZONE + "/lbs/" + big + "/frontends", "{\"inbound_port\":" + (1000 + i)
                    + ",\"backend_id\":\"" + backend + "\"}"));
        }
        // After the API's writes: the 10,000 LBs are far over the project quota the API enforces.
        appendLbs(organization, project, lbs);
        awaitProjected(lbs + 1);
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("getLb", ZONE + "/lbs/" + big);
        reads.put("listLbs (page of 20 among 10,001)", ZONE + "/lbs");
        reads.put("listLbs (name filter)", ZONE + "/lbs?name=lb-4242");
        reads.put("getFrontend (embeds backend and LB)", ZONE + "/frontends/" + frontends.get(50));
        reads.put("listFrontends (page of 100)", ZONE + "/lbs/" + big + "/frontends?page_size=100");
        reads.put("listBackends (page of 100)", ZONE + "/lbs/" + big + "/backends?page_size=100");
        Map<String, Result> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> read : reads.entrySet()) {
            openLoop(read.getValue(), rate, Duration.ofSeconds(5));
            results.put(read.getKey(), openLoop(read.getValue(), rate, measured));
        }
        return results;
    }

    private void appendLbs(UUID organization, UUID project, int count) {
        try (EventLogWriter log = new EventLogWriter(target.kafka())) {
            List<EventEnvelope> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), "fr-par",
                        "fr-par-1", organization, project, Actor.system("bench"), UUID.randomUUID(), null);
                batch.add(context.envelope(UUID.randomUUID(), 1, new LbCreated("lb-" + i, "", "LB-S",
                        List.of("bench"), LEVEL)));
                if (batch.size() == 1000) {
                    log.append(batch);
                    batch.clear();
                }
            }
            log.append(batch);
        }
    }

    private void awaitProjected(int lbs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!get(ZONE + "/lbs?page_size=1").contains("\"total_count\":" + lbs + "}")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not show " + lbs + " LBs within 5 minutes");
            }
            Thread.sleep(500);
        }
    }

    private Result openLoop(String path, int rate, Duration duration) throws Exception {
        Histogram latency = new Histogram(3);
        AtomicInteger failures = new AtomicInteger();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.api() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long count = duration.toNanos() / interval;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                long micros = (System.nanoTime() - due) / 1000;
                synchronized (latency) {
                    latency.recordValue(micros);
                }
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return new Result(latency, failures.get());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(target.api() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Creates through the API; the id of what was created (the first key of every answer). */
    private String create(String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(target.api() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        int at = answer.body().indexOf("\"id\":\"") + 6;
        return answer.body().substring(at, at + 36);
    }
}
