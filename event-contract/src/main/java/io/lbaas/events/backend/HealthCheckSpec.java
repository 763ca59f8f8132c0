package io.lbaas.events.backend;

/**
 * How a backend checks its servers. {@code type} is one of tcp, mysql, pgsql, ldap, redis, http, https; {@code user}
 * is set for mysql and pgsql, {@code uri}, {@code method}, {@code code} and {@code hostHeader} for http and https,
 * {@code sni} for https. Durations are milliseconds.
 */
public record HealthCheckSpec(
        int port,
        long checkDelay,
        long checkTimeout,
        int checkMaxRetries,
        boolean checkSendProxy,
        long transientCheckDelay,
        String type,
        String user,
        String uri,
        String method,
        Integer code,
        String hostHeader,
        String sni) {
}
