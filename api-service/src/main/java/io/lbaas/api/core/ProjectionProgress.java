package io.lbaas.api.core;

import io.lbaas.events.log.EventLogConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Knows how far the read models have applied each partition of the log, from the projection's NOTIFY on
 * {@value #CHANNEL} and, as a safety net against a lost notification, from the position table itself. Commands
 * wait here: before deciding, for the read models to catch up; after appending, for their own events.
 */
@ApplicationScoped
public class ProjectionProgress {

    static final String CHANNEL = "projection_progress";

    private static final Logger LOG = Logger.getLogger(ProjectionProgress.class);
    private static final long UNKNOWN = -1;
    private static final long SAFETY_NET_MILLIS = 500;

    private final Vertx vertx;
    private final Pool pool;
    private final PgConnectOptions connectOptions;
    private final long[] next;
    private final List<List<Waiter>> waiting = new ArrayList<>();
    private PgSubscriber subscriber;
    private long safetyNetTimer;

    private record Waiter(long target, UniEmitter<? super Void> emitter) {
    }

    ProjectionProgress(Vertx vertx, Pool pool, EventLogConfig log,
                       @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.connectOptions = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password.orElse(null));
        this.next = new long[log.partitions()];
        Arrays.fill(next, UNKNOWN);
        for (int p = 0; p < log.partitions(); p++) {
            waiting.add(new ArrayList<>());
        }
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connectOptions).reconnectPolicy(attempt -> 500L);
        subscriber.channel(CHANNEL)
                .handler(this::onNotification)
                .subscribeHandler(ignored -> reload(true));
        subscriber.connect().onFailure(e -> LOG.warnf("cannot listen to %s yet: %s", CHANNEL, e.getMessage()));
        safetyNetTimer = vertx.setPeriodic(SAFETY_NET_MILLIS, ignored -> {
            if (anyoneWaiting()) {
                reload(false);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(safetyNetTimer);
        subscriber.close();
    }

    /** Completes once the read models have applied every record of {@code partition} before {@code offset}. */
    public Uni<Void> awaitApplied(int partition, long offset, Duration timeout, Supplier<Throwable> onTimeout) {
        return Uni.createFrom().<Void>emitter(emitter -> {
                    Waiter waiter = new Waiter(offset, emitter);
                    synchronized (this) {
                        if (next[partition] >= offset) {
                            emitter.complete(null);
                            return;
                        }
                        waiting.get(partition).add(waiter);
                    }
                    emitter.onTermination(() -> forget(partition, waiter));
                })
                .ifNoItem().after(timeout).failWith(onTimeout);
    }

    private void onNotification(String payload) {
        for (String position : payload.split(",")) {
            int colon = position.indexOf(':');
            if (colon > 0) {
                advance(Integer.parseInt(position.substring(0, colon)),
                        Long.parseLong(position.substring(colon + 1)), false);
            }
        }
    }

    /**
     * Reads the positions table. On (re)subscribing it is the truth, even backwards (read models restored from a
     * backup); otherwise it only moves positions forward, since a notification may have overtaken the query.
     */
    private void reload(boolean authoritative) {
        pool.query("SELECT partition, next_offset FROM projection_offset").execute().subscribe().with(
                rows -> {
                    for (Row row : rows) {
                        advance(row.getInteger(0), row.getLong(1), authoritative);
                    }
                },
                failure -> LOG.debugf("cannot read projection positions yet: %s", failure.getMessage()));
    }

    private void advance(int partition, long offset, boolean authoritative) {
        if (partition < 0 || partition >= next.length) {
            return;
        }
        List<Waiter> ready = new ArrayList<>();
        synchronized (this) {
            if (offset <= next[partition] && !authoritative) {
                return;
            }
            next[partition] = offset;
            waiting.get(partition).removeIf(waiter -> {
                boolean reached = waiter.target() <= offset;
                if (reached) {
                    ready.add(waiter);
                }
                return reached;
            });
        }
        ready.forEach(waiter -> waiter.emitter().complete(null));
    }

    private synchronized void forget(int partition, Waiter waiter) {
        waiting.get(partition).remove(waiter);
    }

    private synchronized boolean anyoneWaiting() {
        return waiting.stream().anyMatch(list -> !list.isEmpty());
    }
}
