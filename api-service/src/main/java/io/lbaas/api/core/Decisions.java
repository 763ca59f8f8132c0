package io.lbaas.api.core;

import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The context every event of one decision shares. */
public final class Decisions {

    private Decisions() {
    }

    /** Times have microsecond precision, as PostgreSQL keeps them, so the log and the read models agree. */
    public static EventContext context(Caller caller, String region, String zone, UUID project,
                                       UUID correlationId) {
        return new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), region, zone,
                caller.organizationId(), project, caller.actor(), correlationId, null);
    }

    /** The caller's {@code X-Request-Id} when it is a UUID, so a client can follow its request into the log. */
    public static UUID correlationId(String requestId) {
        try {
            return requestId == null ? UUID.randomUUID() : UUID.fromString(requestId);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }
}
