package io.lbaas.notifier.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void eachFailedAttemptWaitsTheNextStepOfTheScheduleThenTheDeliveryIsDeadLettered() {
        RetrySchedule schedule = new RetrySchedule(WAITS, 0, () -> 0.5);

        assertThat(schedule.next(1, NOW, null)).contains(NOW.plusSeconds(5));
        assertThat(schedule.next(2, NOW, null)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(schedule.next(3, NOW, null)).isEmpty();
    }

    @Test
    void jitterStretchesOrShortensAWaitByAtMostItsFraction() {
        assertThat(new RetrySchedule(WAITS, 0.2, () -> 0.0).next(1, NOW, null)).contains(NOW.plusSeconds(4));
        assertThat(new RetrySchedule(WAITS, 0.2, () -> 1.0).next(1, NOW, null)).contains(NOW.plusSeconds(6));
    }

    @Test
    void aLongerRetryAfterWinsAndAShorterOneDoesNot() {
        RetrySchedule schedule = new RetrySchedule(WAITS, 0, () -> 0.5);

        assertThat(schedule.next(1, NOW, Duration.ofSeconds(60))).contains(NOW.plusSeconds(60));
        assertThat(schedule.next(1, NOW, Duration.ofSeconds(1))).contains(NOW.plusSeconds(5));
    }
}
