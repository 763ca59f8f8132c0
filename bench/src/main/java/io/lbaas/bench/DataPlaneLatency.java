package io.lbaas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.lbaas.testsupport.DataPlaneMetrics;
import io.lbaas.testsupport.KeycloakAdmin;
import io.lbaas.testsupport.RawHttp;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (e)–(h) the data plane, through the public API and real traffic: how long from the create call to the first
 * proxied 200, from an add-server call to the first request reaching it (and how many reloads that took), what
 * 100 pool changes do to a steady load driven by wrk, and what the LB costs in throughput.
 */
final class DataPlaneLatency {

    private static final String ZONE = "/lb/v1/zones/fr-par-1";
    private static final int PORT = 80;

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<HttpServer> servers = new ArrayList<>();
    private final int serverPort = 18_000 + (int) (ProcessHandle.current().pid() % 1000);
    private String token;
    private String project;

    DataPlaneLatency(Target target) {
        this.target = target;
    }

    /** The servers behind every LB of the bench: 127.89.0.1 to .{@code count}, answering their address. */
    void start(int count) throws IOException {
        KeycloakAdmin keycloak = new KeycloakAdmin(target.keycloak());
        UUID organization = UUID.randomUUID();
        project = UUID.randomUUID().toString();
        String user = "bench-dp-" + organization.toString().substring(0, 8);
        keycloak.createUser(user, organization.toString(), List.of(project), List.of("lb-writer"));
        token = keycloak.passwordToken(KeycloakAdmin.CLI_CLIENT, user, user);
        for (int i = 1; i <= count; i++) {
            String ip = server(i);
            HttpServer server = HttpServer.create(new InetSocketAddress(ip, serverPort), 200);
            byte[] body = ip.getBytes(StandardCharsets.US_ASCII);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            // Daemon threads: the bench's JVM ends when the figures are printed.
            server.setExecutor(Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "bench-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            servers.add(server);
        }
    }

    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private static String server(int n) {
        return "127.89.0." + n;
    }

    record Lb(String id, String ip, String backend) {
    }

    /** (e) create call → first proxied 200, LB, backend and frontend made one after the other as a client does. */
    Histogram createToFirstAnswer(int times) throws Exception {
        Histogram latency = new Histogram(3);
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Lb lb = servedLb(List.of(server(1)));
            while (!server(1).equals(answer(lb))) {
                Thread.sleep(2);
            }
            latency.recordValue((System.nanoTime() - start) / 1000);
            delete(lb);
        }
        return latency;
    }

    record AddServerResult(Histogram latency, double reloads) {
    }

    /**
     * (f) add-server call → first request answered by the new server; then the server is removed again. Reloads
     * are counted by the agent ({@code agentUrl}) from when the LB serves until the last removal.
     */
    AddServerResult addServerToFirstRequest(int times, String agentUrl) throws Exception {
        Lb lb = servedLb(List.of(server(1)));
        awaitOnly(lb, server(1));
        double reloadsBefore = DataPlaneMetrics.applies(agentUrl, "reloaded");
        Histogram latency = new Histogram(3);
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            send("POST", ZONE + "/backends/" + lb.backend() + "/servers", "{\"server_ip\":[\"" + server(2) + "\"]}");
            while (!server(2).equals(answer(lb))) {
                Thread.sleep(1);
            }
            latency.recordValue((System.nanoTime() - start) / 1000);
            send("PUT", ZONE + "/backends/" + lb.backend() + "/servers", "{\"server_ip\":[\"" + server(1) + "\"]}");
            awaitOnly(lb, server(1));
        }
        double reloads = DataPlaneMetrics.applies(agentUrl, "reloaded") - reloadsBefore;
        delete(lb);
        return new AddServerResult(latency, reloads);
    }

    /** Until ten answers in a row come from {@code server}: the removed one is gone. */
    private static void awaitOnly(Lb lb, String server) throws InterruptedException {
        int inARow = 0;
        while (inARow < 10) {
            inARow = server.equals(answer(lb)) ? inARow + 1 : 0;
            Thread.sleep(1);
        }
    }

    record LoadResult(String wrkSummary, int changes, long requests, long failed) {
    }

    /** (g) {@code changes} pool changes, one after the other, while wrk loads the LB for {@code seconds}. */
    LoadResult poolChangesUnderLoad(int changes, int seconds) throws Exception {
        Lb lb = servedLb(List.of(server(1), server(2)));
        while (answer(lb) == null) {
            Thread.sleep(5);
        }
        Process wrk = startWrk("http://" + lb.ip() + ":" + PORT + "/", seconds);
        Thread.sleep(2000);
        for (int i = 0; i < changes; i++) {
            String extra = server(3 + i % 2);
            String pool = i % 2 == 0 ? "[\"" + server(1) + "\",\"" + server(2) + "\",\"" + extra + "\"]"
                    : "[\"" + server(1) + "\",\"" + server(2) + "\"]";
            send("PUT", ZONE + "/backends/" + lb.backend() + "/servers", "{\"server_ip\":" + pool + "}");
        }
        String output = outputOf(wrk);
        delete(lb);
        long requests = number(output, "(\\d+) requests in");
        long failed = number(output, "Non-2xx or 3xx responses: (\\d+)") + errors(output);
        return new LoadResult(output, changes, requests, failed);
    }

    record Overhead(double direct, double throughLb) {

        double ratio() {
            return throughLb / direct;
        }
    }

    /** (h) wrk's requests per second against one server directly, then through an LB holding that server alone. */
    Overhead overhead(int seconds) throws Exception {
        Lb lb = servedLb(List.of(server(1)));
        awaitOnly(lb, server(1));
        double direct = requestsPerSecond("http://" + server(1) + ":" + serverPort + "/", seconds);
        double throughLb = requestsPerSecond("http://" + lb.ip() + ":" + PORT + "/", seconds);
        delete(lb);
        return new Overhead(direct, throughLb);
    }

    private static double requestsPerSecond(String url, int seconds) throws Exception {
        String output = outputOf(startWrk(url, seconds));
        Matcher matcher = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }


    /** wrk on {@code url} for {@code seconds}: 2 threads, 32 keep-alive connections, as fast as it goes. */
    private static Process startWrk(String url, int seconds) throws IOException {
        return new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
    }

    private static String outputOf(Process wrk) throws IOException, InterruptedException {
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return output;
    }

    private void delete(Lb lb) throws Exception {
        send("DELETE", ZONE + "/lbs/" + lb.id() + "?release_ip=true", null);
    }

    private Lb servedLb(List<String> pool) throws Exception {
        JsonNode lb = send("POST", ZONE + "/lbs", "{\"name\":\"bench-dp\",\"description\":\"\",\"type\":\"LB-S\","
                + "\"project_id\":\"" + project + "\"}");
        String id = lb.get("id").asText();
        String backend = send("POST", ZONE + "/lbs/" + id + "/backends", "{\"name\":\"pool\","
                + "\"forward_protocol\":\"http\",\"forward_port\":" + serverPort + ",\"server_ip\":"
                + json.writeValueAsString(pool) + ",\"health_check\":{\"port\":" + serverPort
                + ",\"check_delay\":2000,\"tcp_config\":{}}}").get("id").asText();
        send("POST", ZONE + "/lbs/" + id + "/frontends", "{\"name\":\"front\",\"inbound_port\":" + PORT
                + ",\"backend_id\":\"" + backend + "\"}");
        return new Lb(id, lb.get("ip").get(0).get("ip_address").asText(), backend);
    }

    /** One HTTP/1.0 GET on a new connection; the body, or null while nothing answers 200. */
    private static String answer(Lb lb) {
        try {
            return RawHttp.okBody(new InetSocketAddress(lb.ip(), PORT));
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.api() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    private static long number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** wrk's "Socket errors: connect 0, read 0, write 0, timeout 0". */
    private static long errors(String text) {
        Matcher matcher = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(text);
        long total = 0;
        if (matcher.find()) {
            for (int i = 1; i <= 4; i++) {
                total += Long.parseLong(matcher.group(i));
            }
        }
        return total;
    }
}
