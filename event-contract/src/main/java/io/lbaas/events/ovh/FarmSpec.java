package io.lbaas.events.ovh;

/**
 * What a tenant sets on an OVH farm, as given: {@code zone} (OVH's zone, "all" or a code, kept as written), a
 * {@code port} that may be null (the servers then get the port the client connected to), {@code balance} and
 * {@code stickiness} (null: roundrobin, none), the probe (null: a tcp connection) and a free display name.
 */
public record FarmSpec(
        String zone,
        Integer port,
        String balance,
        String stickiness,
        FarmProbe probe,
        String displayName) {
}
