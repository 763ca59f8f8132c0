package io.lbaas.events.privatenetwork;

/** Names shared by the events of a load balancer's attachment to a private network. */
public final class PrivateNetworkEvents {

    public static final String AGGREGATE = "private_network_attachment";
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_READY = "ready";

    private PrivateNetworkEvents() {
    }
}
