package io.lbaas.projection.core;

import io.lbaas.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * Applies the events of one feature to its read-model tables. Every change is guarded by the aggregate
 * version (an event applies only on top of its predecessor), so an event met twice changes nothing twice.
 */
public interface Projector {

    /** The statements of one event, issued on the batch's connection in log order; empty if not ours. */
    List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event);

    /** The statements that empty this projector's tables before a rebuild. */
    List<String> resetStatements();
}
