package io.lbaas.events.ovh;

/**
 * One server of an OVH farm. Unlike a Scaleway pool entry (an IP on the backend's port), it has its own port (null:
 * the farm's), {@code weight} (null: 1, 0: no new traffic), {@code backup}, {@code status} active or inactive,
 * whether the farm's probe checks it, TLS towards it, PROXY protocol and what to do when it goes down. The
 * {@code cookie} is OVH's value for cookie stickiness (http farms only).
 */
public record FarmServerSpec(
        String address,
        String status,
        Integer port,
        String displayName,
        Integer weight,
        boolean probe,
        boolean ssl,
        boolean backup,
        String chain,
        String cookie,
        String proxyProtocolVersion,
        String onMarkedDown) {
}
