package io.lbaas.testsupport;

import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Events for tests that write to the log directly. */
public final class TestEvents {

    private TestEvents() {
    }

    /** The context of events of a new, unique tenant (organization and project), as a test user acting now. */
    public static EventContext newTenant() {
        return new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), "fr-par", "fr-par-1",
                UUID.randomUUID(), UUID.randomUUID(), new Actor(Actor.USER, "test", "test"), UUID.randomUUID(), null);
    }
}
