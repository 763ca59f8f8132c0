package io.lbaas.events;

/**
 * The body of an event: a fact in the past tense. Each implementation is a record annotated with
 * {@link EventType}, which gives its name on the log and its current schema version.
 */
public interface EventPayload {
}
