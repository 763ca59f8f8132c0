package io.lbaas.api.core;

import io.lbaas.api.error.ApiException;
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
    private static final long IDENTITY_CHECK_MILLIS = 2_000;

    private final Vertx vertx;
    private final Pool pool;
    private final PgConnectOptions connectOptions;
    private final long[] next;
    private final List<List<Waiter>> waiting = new ArrayList<>();
    private final EventLogEnd logEnd;
    private PgSubscriber subscriber;
    private long safetyNetTimer;
    private long identityTimer;
    /** Why the read models cannot be trusted (projected from another Kafka cluster), or null. */
    private volatile String foreignLog;

    private record Waiter(long target, UniEmitter<? super Void> emitter) {
    }

    ProjectionProgress(Vertx vertx, Pool pool, EventLogConfig log, EventLogEnd logEnd,
                       @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.logEnd = logEnd;
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
                .subscribeHandler(ignored -> {
                    checkLogIdentity();
                    reload(true);
                });
        subscriber.connect().onFailure(e -> LOG.warnf("cannot listen to %s yet: %s", CHANNEL, e.getMessage()));
        safetyNetTimer = vertx.setPeriodic(SAFETY_NET_MILLIS, ignored -> {
            if (anyoneWaiting()) {
                reload(false);
            }
        });
        identityTimer = vertx.setPeriodic(IDENTITY_CHECK_MILLIS, ignored -> checkLogIdentity());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(safetyNetTimer);
        vertx.cancelTimer(identityTimer);
        subscriber.close();
    }

    /** Completes once the read models have applied every record of {@code partition} before {@code offset}. */
    public Uni<Void> awaitApplied(int partition, long offset, Duration timeout, Supplier<Throwable> onTimeout) {
        String refusal = foreignLog;
        if (refusal != null) {
            return Uni.createFrom().failure(ApiException.unavailable(refusal, Duration.ofSeconds(30)));
        }
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

    /** Positions recorded against another Kafka cluster say nothing about this log: refuse to wait on them. */
    private void checkLogIdentity() {
        pool.query("SELECT kafka_cluster_id FROM projection_meta").execute()
                .chain(rows -> logEnd.clusterId().map(cluster -> {
                    String projectedFrom = rows.size() == 0 ? cluster : rows.iterator().next().getString(0);
                    return cluster.equals(projectedFrom) ? null : "the read models were projected from Kafka cluster "
                            + projectedFrom + ", not from this event log (" + cluster + "): they must be rebuilt";
                }))
                .subscribe().with(problem -> {
                    if (problem != null && foreignLog == null) {
                        LOG.error(problem);
                    }
                    foreignLog = problem;
                }, failure -> LOG.debugf("cannot check the read models' log yet: %s", failure.getMessage()));
    }

    /** Null when the read models belong to this event log; otherwise why they cannot be used. */
    public String refusal() {
        return foreignLog;
    }

    private synchronized void forget(int partition, Waiter waiter) {
        waiting.get(partition).remove(waiter);
    }

    private synchronized boolean anyoneWaiting() {
        return waiting.stream().anyMatch(list -> !list.isEmpty());
    }
}
