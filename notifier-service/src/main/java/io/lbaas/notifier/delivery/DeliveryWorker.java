package io.lbaas.notifier.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the deliveries that come due: woken at once by NOTIFY when deliveries are owed, and every poll interval
 * for retries. It keeps up to max-in-flight sends going, claims only as many as it has room for, and writes each
 * outcome: delivered, a later retry per the schedule, dead letter once the schedule is spent, or cancelled when
 * the subscriber can no longer be reached that way.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final Duration LISTEN_RETRY = Duration.ofSeconds(1);

    private final DeliveryQueue queue;
    private final RetrySchedule schedule;
    private final NotifierConfig config;
    private final Map<String, Channel> channels;
    private final Vertx vertx;
    private final PgConnectOptions database;
    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean wokenWhileClaiming = new AtomicBoolean();
    private volatile boolean stopped;
    private PgSubscriber subscriber;
    private long poller;

    DeliveryWorker(DeliveryQueue queue, RetrySchedule schedule, NotifierConfig config, Instance<Channel> channels,
                   Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String databaseUrl,
                   @ConfigProperty(name = "quarkus.datasource.username") String user,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                   MeterRegistry registry) {
        this.queue = queue;
        this.schedule = schedule;
        this.config = config;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
        this.vertx = vertx;
        this.database = PgConnectOptions.fromUri(databaseUrl).setUser(user).setPassword(password.orElse(""));
        this.registry = registry;
    }

    void start(@Observes StartupEvent started) {
        subscriber = PgSubscriber.subscriber(vertx, database).reconnectPolicy(retries -> LISTEN_RETRY.toMillis());
        subscriber.channel(DeliveryQueue.DUE).handler(ignored -> wake());
        // (Re)connected: anything announced while we were not listening is due, so look now.
        subscriber.channel(DeliveryQueue.DUE).subscribeHandler(this::wake);
        listen();
        poller = vertx.setPeriodic(config.pollInterval().toMillis(), ignored -> wake());
    }

    /** The reconnect policy covers a lost connection only: a first connection that fails is tried again here. */
    private void listen() {
        subscriber.connect().subscribe().with(ignored -> { }, e -> {
            LOG.warnf("cannot listen for new deliveries, polling meanwhile: %s", e.getMessage());
            if (!stopped) {
                vertx.setTimer(LISTEN_RETRY.toMillis(), ignored -> listen());
            }
        });
    }

    /**
     * Claims nothing more and lets the sends in flight finish and record their outcomes (for at most one attempt's
     * time), so that a deploy does not leave acknowledged deliveries to be sent again when their leases end.
     */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        stopped = true;
        vertx.cancelTimer(poller);
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
        synchronized (inFlight) {
            long deadline = System.nanoTime() + config.lease().toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }

    /** Claims what is due while there is room; a wake-up during a claim claims again after it. */
    void wake() {
        if (stopped) {
            return;
        }
        if (!claiming.compareAndSet(false, true)) {
            wokenWhileClaiming.set(true);
            return;
        }
        int room = config.maxInFlight() - inFlight.get();
        if (room <= 0) {
            claiming.set(false);
            return;
        }
        wokenWhileClaiming.set(false);
        queue.claim(room, config.lease().toMillis(), config.maxInFlightPerSubscriber())
                .ifNoItem().after(config.lease()).fail()
                .subscribe().with(claimed -> {
                    try {
                        claimed.forEach(this::send);
                    } finally {
                        claiming.set(false);
                    }
                    if (claimed.size() == room || wokenWhileClaiming.get()) {
                        wake();
                    }
                }, e -> {
                    claiming.set(false);
                    LOG.warnf("claiming due deliveries failed, trying again at the next poll: %s", e.getMessage());
                });
    }

    private void send(Delivery delivery) {
        inFlight.incrementAndGet();
        Uni.createFrom().deferred(() -> attempt(delivery))
                .onFailure().recoverWithItem(e -> Attempt.failed(e.toString()))
                .chain(attempt -> record(delivery, attempt))
                .onFailure().invoke(e -> LOG.warnf("delivery %s: recording its outcome failed, it is attempted again "
                        + "when its lease ends: %s", delivery.id(), e.getMessage()))
                .onTermination().invoke(this::sent)
                .subscribe().with(ignored -> { }, ignored -> { });
    }

    private void sent() {
        if (inFlight.decrementAndGet() == 0 && stopped) {
            synchronized (inFlight) {
                inFlight.notifyAll();
            }
        }
        wake();
    }

    private Uni<Attempt> attempt(Delivery delivery) {
        String undeliverable = delivery.recipient().undeliverable(delivery.channel());
        if (undeliverable != null) {
            return Uni.createFrom().item(Attempt.undeliverable(undeliverable));
        }
        registry.counter("notifier.delivery.attempts", "channel", delivery.channel()).increment();
        return channels.get(delivery.channel()).attempt(delivery)
                .ifNoItem().after(config.attemptTimeout()).recoverWithItem(() -> Attempt.failed("no answer within "
                        + config.attemptTimeout().toMillis() + " ms"));
    }

    private Uni<Void> record(Delivery delivery, Attempt attempt) {
        return switch (attempt.result()) {
            case UNDELIVERABLE -> outcome(delivery, "cancelled", queue.cancel(delivery, attempt.error()));
            case DELIVERED -> outcome(delivery, "delivered", queue.delivered(delivery, attempt.statusCode()))
                    .invoke(() -> lag(delivery));
            case GONE -> outcome(delivery, "dead_letter", queue.gone(delivery, attempt.error()));
            case FAILED -> schedule.next(delivery.attempts(), Instant.now(), attempt.retryAfter())
                    .map(next -> outcome(delivery, "retry", queue.retryAt(delivery, next, attempt)))
                    .orElseGet(() -> outcome(delivery, "dead_letter", queue.deadLetter(delivery,
                            attempt.statusCode(), attempt.error() + " (attempt " + delivery.attempts()
                                    + ", the last of the schedule)")));
        };
    }

    private Uni<Void> outcome(Delivery delivery, String outcome, Uni<Boolean> written) {
        return written.invoke(mine -> {
            if (!mine) {
                LOG.warnf("delivery %s: attempt %d ended after its lease, its outcome %s is dropped", delivery.id(),
                        delivery.attempts(), outcome);
                return;
            }
            registry.counter("notifier.deliveries", "channel", delivery.channel(), "outcome", outcome).increment();
            LOG.logf(outcome.equals("dead_letter") ? Logger.Level.WARN : Logger.Level.DEBUG,
                    "delivery %s (%s of event %s to subscriber %s), attempt %d: %s", delivery.id(),
                    delivery.channel(), delivery.alert().data().eventId(), delivery.subscriberId(),
                    delivery.attempts(), outcome);
        }).replaceWithVoid();
    }

    private void lag(Delivery delivery) {
        Timer.builder("notifier.delivery.lag").description("from the event's time to its delivery")
                .tag("channel", delivery.channel()).publishPercentileHistogram().register(registry)
                .record(Duration.between(delivery.alert().data().occurredAt(), Instant.now()));
    }
}
