package io.lbaas.events.ip;

/** Names shared by the flexible IP's events. */
public final class IpEvents {

    public static final String AGGREGATE = "ip";

    private IpEvents() {
    }
}
