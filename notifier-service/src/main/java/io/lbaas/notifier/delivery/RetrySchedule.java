package io.lbaas.notifier.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** When the next attempt of a failed delivery comes, if one does. */
@ApplicationScoped
public class RetrySchedule {

    private final List<Duration> waits;
    private final double jitter;
    private final DoubleSupplier random;

    @Inject
    RetrySchedule(NotifierConfig config) {
        this(config.retrySchedule(), config.retryJitter(), Math::random);
    }

    RetrySchedule(List<Duration> waits, double jitter, DoubleSupplier random) {
        this.waits = List.copyOf(waits);
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * After {@code attemptsMade} attempts, the last of which failed at {@code now}: the time of the next one, never
     * before the receiver's Retry-After; empty once the schedule is spent, and the delivery is dead-lettered.
     */
    public Optional<Instant> next(int attemptsMade, Instant now, Duration retryAfter) {
        if (attemptsMade > waits.size()) {
            return Optional.empty();
        }
        Duration wait = waits.get(attemptsMade - 1);
        long jittered = Math.round(wait.toMillis() * (1 + jitter * (2 * random.getAsDouble() - 1)));
        Duration delay = Duration.ofMillis(Math.max(0, jittered));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        return Optional.of(now.plus(delay));
    }
}
