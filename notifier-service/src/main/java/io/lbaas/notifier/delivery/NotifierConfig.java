package io.lbaas.notifier.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** How deliveries are attempted. */
@ConfigMapping(prefix = "lbaas.notifier")
public interface NotifierConfig {

    /**
     * The waits between attempts: after the n-th failed attempt the next one comes {@code retry-schedule[n-1]}
     * later (or later still if the receiver asked with Retry-After); after the last, the delivery is dead-lettered.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** Each wait is stretched or shortened by up to this fraction at random, so that retries do not come in waves. */
    @WithDefault("0.2")
    double retryJitter();

    /** How often workers look for deliveries that came due (new ones wake them at once through NOTIFY). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries one notifier has in flight at most. */
    @WithDefault("128")
    int maxInFlight();

    /**
     * Deliveries to one subscriber in flight at most (across notifiers, give or take claims made at the same
     * instant): a receiver that hangs holds this many slots, not all of them.
     */
    @WithDefault("8")
    int maxInFlightPerSubscriber();

    /**
     * A change older than this when the notifier reads it is recorded but alerts nobody: what a notifier starting
     * on an old log (a new deployment, an emptied schema) would otherwise send is history, not news.
     */
    @WithDefault("24h")
    Duration maxAlertAge();

    /** How long a rotated-out webhook secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration secretRotationOverlap();

    Webhook webhook();

    interface Webhook {

        @WithDefault("5s")
        Duration connectTimeout();

        /** From the connection asked for (after the host is resolved) to the whole answer received. */
        @WithDefault("10s")
        Duration responseTimeout();
    }

    /** The longest one attempt may take, on any channel, from resolving the host to the last byte answered. */
    default Duration attemptTimeout() {
        return webhook().connectTimeout().plus(webhook().responseTimeout());
    }

    /**
     * How long a claimed delivery is kept from other workers: an attempt, then a margin to write its outcome. A
     * notifier that dies mid-attempt leaves its deliveries to be taken again when it runs out.
     */
    default Duration lease() {
        return attemptTimeout().plusSeconds(5);
    }
}
