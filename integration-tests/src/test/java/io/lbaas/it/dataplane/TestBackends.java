package io.lbaas.it.dataplane;

import com.sun.net.httpserver.HttpServer;
import io.lbaas.testsupport.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers behind the load balancers of a test: each on its own loopback address, all on one port (a
 * backend's servers share its forward port), answering their own address. {@code /slow} holds its answer until
 * {@link #release()}, for tests about connections in flight.
 */
final class TestBackends implements AutoCloseable {

    /** Each set of servers takes its own 127.88.n.0/24, so tests never meet each other's servers. */
    private static final AtomicInteger NEXT_NETWORK = new AtomicInteger((int) (ProcessHandle.current().pid() % 200));

    private final int port = Ports.free();
    private final String network = "127.88." + NEXT_NETWORK.incrementAndGet() % 250 + ".";
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> ips = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger slowInFlight = new AtomicInteger();

    static TestBackends start(int count) {
        TestBackends backends = new TestBackends();
        for (int i = 1; i <= count; i++) {
            backends.add(i);
        }
        return backends;
    }

    /** Starts the server number {@code n} (again, after {@link #stop(int)}). */
    void add(int n) {
        String ip = network + n;
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(ip, port), 50);
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/slow")) {
                    slowInFlight.incrementAndGet();
                    awaitRelease();
                }
                byte[] body = ip.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            while (servers.size() < n) {
                servers.add(null);
                ips.add(null);
            }
            servers.set(n - 1, server);
            ips.set(n - 1, ip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on " + ip + ":" + port, e);
        }
    }

    void stop(int n) {
        servers.get(n - 1).stop(0);
    }

    int port() {
        return port;
    }

    String ip(int n) {
        return network + n;
    }

    List<String> ips() {
        return List.copyOf(ips);
    }

    /** The servers' addresses as a JSON array, for a backend's {@code server_ip}. */
    String poolJson() {
        return "[\"" + String.join("\",\"", ips) + "\"]";
    }

    /** How many {@code /slow} requests have reached a server. */
    int slowRequestsReceived() {
        return slowInFlight.get();
    }

    void release() {
        released.countDown();
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        servers.stream().filter(server -> server != null).forEach(server -> server.stop(0));
    }
}
