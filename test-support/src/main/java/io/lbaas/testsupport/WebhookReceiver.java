package io.lbaas.testsupport;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real webhook receiver on loopback: it records every request it gets and answers with the statuses it was told
 * to (200 once those are used up). It can be stopped to play a receiver that is down, and started again on the
 * same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(Map<String, String> headers, String body, int answeredWith, Instant at) {

        public String webhookId() {
            return headers.get("webhook-id");
        }

        /** Whether Standard Webhooks' own library accepts its signature under {@code secret}. */
        public boolean verifiesWith(String secret) {
            Map<String, List<String>> all = new HashMap<>();
            headers.forEach((name, value) -> all.put(name, List.of(value)));
            try {
                new Webhook(secret).verify(body, all);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }
    }

    /** An answer to come: a status and its headers, given after {@code delay} (a receiver that is slow to answer). */
    public record Answer(int status, Map<String, String> headers, Duration delay) {

        public Answer(int status, Map<String, String> headers) {
            this(status, headers, Duration.ZERO);
        }
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private Answer otherwise = new Answer(200, Map.of());
    private HttpServer server;
    private ExecutorService executor;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    public static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver(Ports.free());
        receiver.restart();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/lb";
    }

    /** The next requests are answered with these statuses, in order. */
    public synchronized WebhookReceiver thenAnswer(int... statuses) {
        for (int status : statuses) {
            answers.add(new Answer(status, Map.of()));
        }
        return this;
    }

    public synchronized WebhookReceiver thenAnswer(Answer answer) {
        answers.add(answer);
        return this;
    }

    /** What every request gets once the queued answers are used up. */
    public synchronized WebhookReceiver otherwiseAnswer(int status) {
        return otherwiseAnswer(new Answer(status, Map.of()));
    }

    public synchronized WebhookReceiver otherwiseAnswer(Answer answer) {
        otherwise = answer;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedAbout(String lbId) {
        return received.stream().filter(request -> request.body().contains(lbId)).toList();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public synchronized void restart() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + port, e);
        }
        executor = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver-" + port);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        Answer answer = next();
        received.add(new Received(Map.copyOf(headers), body, answer.status(), Instant.now()));
        hold(answer.delay());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    private static void hold(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Answer next() {
        return answers.isEmpty() ? otherwise : answers.poll();
    }
}
