package io.lbaas.dataplane.haproxy;

import io.lbaas.testsupport.RawHttp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Clients sending requests to a frontend without pause, each on a new connection, counting every answer. */
final class RequestLoop implements AutoCloseable {

    private final InetSocketAddress frontend;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, AtomicLong> answersByServer = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> clients = new ArrayList<>();

    private RequestLoop(InetSocketAddress frontend) {
        this.frontend = frontend;
    }

    static RequestLoop start(InetSocketAddress frontend, int clients) {
        RequestLoop loop = new RequestLoop(frontend);
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(loop::requestUntilClosed, "request-loop-" + i);
            loop.clients.add(client);
            client.start();
        }
        return loop;
    }

    long answers() {
        return answersByServer.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long answersFrom(String server) {
        return answersByServer.getOrDefault(server, new AtomicLong()).get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
    }

    private void requestUntilClosed() {
        while (running.get()) {
            try {
                answersByServer.computeIfAbsent(RawHttp.okBody(frontend), server -> new AtomicLong()).incrementAndGet();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }
}
