package io.lbaas.it.dataplane;

import io.lbaas.testsupport.RawHttp;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A client sending requests to one LB back to back, counting what was served and what failed, until closed. */
final class TrafficLoop implements AutoCloseable {

    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread client;

    private TrafficLoop(ServedLbs.Lb lb) {
        client = new Thread(() -> {
            while (running.get()) {
                try {
                    (RawHttp.get(lb.ip(), ServedLbs.PORT, "/").status() == 200 ? served : failed).incrementAndGet();
                } catch (IOException e) {
                    failed.incrementAndGet();
                }
            }
        }, "traffic-loop");
    }

    static TrafficLoop start(ServedLbs.Lb lb) {
        TrafficLoop loop = new TrafficLoop(lb);
        loop.client.start();
        return loop;
    }

    int served() {
        return served.get();
    }

    int failed() {
        return failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        client.join();
    }
}
