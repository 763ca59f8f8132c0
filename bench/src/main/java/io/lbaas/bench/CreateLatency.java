package io.lbaas.bench;

import io.lbaas.testsupport.KeycloakAdmin;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * (b) createLb latency, end to end over HTTP: each client sends creates one after the other, into one project
 * or spread over 64, for a fixed time after a warm-up.
 */
final class CreateLatency {

    record Result(int clients, int projects, Histogram latency, double perSecond, int failures) {
    }

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CreateLatency(Target target) {
        this.target = target;
    }

    Result run(int clients, int projectCount, Duration measured) throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(target.keycloak());
        UUID organization = UUID.randomUUID();
        List<String> projects = IntStream.range(0, projectCount).mapToObj(i -> UUID.randomUUID().toString()).toList();
        String user = "bench-" + organization.toString().substring(0, 8);
        keycloak.createUser(user, organization.toString(), projects, List.of("lb-writer"));
        String token = keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, user, user);

        drive(clients, projects, token, Duration.ofSeconds(5), new Histogram(3), new AtomicInteger());
        Histogram latency = new Histogram(3);
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        int done = drive(clients, projects, token, measured, latency, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(clients, projectCount, latency, done / seconds, failures.get());
    }

    private int drive(int clients, List<String> projects, String token, Duration duration, Histogram latency,
                      AtomicInteger failures) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                counts.add(threads.submit(() -> {
                    int sent = 0;
                    while (System.nanoTime() < deadline) {
                        String project = projects.get((client + sent * clients) % projects.size());
                        long start = System.nanoTime();
                        int status = create(token, project);
                        long micros = (System.nanoTime() - start) / 1000;
                        synchronized (latency) {
                            latency.recordValue(micros);
                        }
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                        sent++;
                    }
                    return sent;
                }));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    private int create(String token, String project) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.api() + "/lb/v1/regions/fr-par/lbs"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"bench\",\"type\":\"LB-S\",\"project_id\":\"" + project + "\"}"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
