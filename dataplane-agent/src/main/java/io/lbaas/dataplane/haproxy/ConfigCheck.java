package io.lbaas.dataplane.haproxy;

/**
 * What {@code haproxy -c} thought of a configuration. When it is not {@code ok}, {@code message} is HAProxy's own
 * reason, fit to be shown to the tenant whose change produced the configuration.
 */
public record ConfigCheck(boolean ok, String message) {
}
