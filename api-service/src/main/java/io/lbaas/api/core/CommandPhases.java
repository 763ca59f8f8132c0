package io.lbaas.api.core;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times the steps of the write path ({@code lbaas_command_phase_seconds{phase=...}}), so that an operator can
 * see where a slow command spent its time: waiting for its project's turn, for the lock, for the read models,
 * deciding, appending, waiting for its events to show, answering.
 */
@ApplicationScoped
public class CommandPhases {

    enum Phase { QUEUED, LOCKED, CAUGHT_UP, DECIDED, APPENDED, APPLIED, ANSWERED }

    private final Map<Phase, Timer> timers = new EnumMap<>(Phase.class);

    CommandPhases(MeterRegistry registry) {
        for (Phase phase : Phase.values()) {
            timers.put(phase, Timer.builder("lbaas.command.phase").tag("phase", phase.name().toLowerCase())
                    .publishPercentiles(0.5, 0.99).register(registry));
        }
    }

    /** A stopwatch for one command: each {@link Stopwatch#reached} records the time since the previous one. */
    Stopwatch start() {
        return new Stopwatch();
    }

    final class Stopwatch {

        private long last = System.nanoTime();

        void reached(Phase phase) {
            long now = System.nanoTime();
            timers.get(phase).record(now - last, TimeUnit.NANOSECONDS);
            last = now;
        }
    }
}
