package io.lbaas.dataplane.haproxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A backend server for the tests, answering every request with its name; it can go down and come back. */
final class NamedHttpServer implements AutoCloseable {

    private final String name;
    private int port;
    private HttpServer server;
    private ExecutorService executor;

    private NamedHttpServer(String name) {
        this.name = name;
    }

    static NamedHttpServer start(String name) {
        NamedHttpServer server = new NamedHttpServer(name);
        server.listen();
        return server;
    }

    String name() {
        return name;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Listens again on the same port, as a restarted server does. */
    void restart() {
        listen();
    }

    @Override
    public void close() {
        stop();
    }

    private void listen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.createContext("/", this::answerName);
            executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server " + name + " on port " + port, e);
        }
    }

    private void answerName(HttpExchange exchange) throws IOException {
        byte[] body = name.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
