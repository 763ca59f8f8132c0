package io.lbaas.dataplane.desired;

import io.lbaas.events.backend.BackendSpec;

import java.util.UUID;

/** A backend and its pool of servers ({@code spec.pool()}, IPs all reached on {@code spec.forwardPort()}). */
public record BackendConfig(UUID id, BackendSpec spec) {
}
