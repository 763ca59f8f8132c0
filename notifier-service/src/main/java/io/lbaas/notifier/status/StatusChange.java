package io.lbaas.notifier.status;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbStatusChanged;

import java.util.Optional;

/**
 * The status an event moves an LB (or one of its parts) to, and why when the data plane said; events that move
 * none are not the notifier's.
 */
record StatusChange(String resourceType, String newStatus, String lbName, String reason) {

    static final String DELETED = "deleted";

    static Optional<StatusChange> of(EventEnvelope event) {
        if (event.payload() instanceof LbCreated created) {
            return Optional.of(new StatusChange(LbEvents.AGGREGATE, LbEvents.STATUS_TO_CREATE, created.name(), null));
        }
        if (event.payload() instanceof LbStatusChanged changed) {
            return Optional.of(new StatusChange(LbEvents.AGGREGATE, changed.status(), null, changed.reason()));
        }
        if (event.payload() instanceof LbDeleted) {
            return Optional.of(new StatusChange(LbEvents.AGGREGATE, DELETED, null, null));
        }
        return Optional.empty();
    }
}
