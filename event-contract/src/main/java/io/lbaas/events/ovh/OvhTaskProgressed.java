package io.lbaas.events.ovh;

import io.lbaas.events.EventPayload;
import io.lbaas.events.EventType;
import io.lbaas.events.lb.LbEvents;

/**
 * An OVH task of the load balancer moved on: {@code doing} (the data plane applies it), then {@code done} or
 * {@code error} with the {@code reason}. A task only moves forward; the API decides it from the data plane's report
 * (or a deadline), like the LB's status.
 */
@EventType(name = "OvhTaskProgressed", version = 1, aggregate = LbEvents.AGGREGATE)
public record OvhTaskProgressed(long taskId, String status, String reason) implements EventPayload {

    public static final String TODO = "todo";
    public static final String DOING = "doing";
    public static final String DONE = "done";
    public static final String ERROR = "error";

    /** Whether a task in {@code status} is over. */
    public static boolean finished(String status) {
        return DONE.equals(status) || ERROR.equals(status);
    }
}
