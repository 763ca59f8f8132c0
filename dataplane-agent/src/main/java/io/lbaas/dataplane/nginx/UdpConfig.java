package io.lbaas.dataplane.nginx;

import java.util.List;

/**
 * What the UDP side of one load balancer runs (HAProxy's community edition balances no UDP; nginx's stream module
 * does): listeners, each passing the datagrams of a client to one server of its upstream for the session.
 */
public record UdpConfig(List<Upstream> upstreams, List<Listener> listeners) {

    /** A farm: the servers that take the sessions in turn (OVH's UDP farms know neither weights nor backups). */
    public record Upstream(String name, List<Server> servers) {
    }

    public record Server(String address, int port) {
    }

    /**
     * Where datagrams arrive ({@code addresses} × {@code ports}), who may send them (empty {@code allowed}: anyone
     * not {@code denied}) and the upstream they go to.
     */
    public record Listener(List<String> addresses, List<Integer> ports, List<String> allowed, List<String> denied,
                           String upstream) {
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
