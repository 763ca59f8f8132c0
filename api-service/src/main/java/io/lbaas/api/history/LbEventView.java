package io.lbaas.api.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in a load balancer's history: its event id and type, when, who (a user, a service account or the
 * system) and on what (the LB or one of its children), and what changed (the event's payload).
 */
public record LbEventView(UUID id, String type, Instant occurredAt, Actor actor, Resource resource,
                          JsonNode changes) {

    public record Actor(String type, String id, String name) {
    }

    public record Resource(String type, UUID id) {
    }
}
