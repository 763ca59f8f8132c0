package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.desired.OvhFrontendConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The UDP side of a load balancer: its OVH UDP farms (active servers only) and UDP frontends (enabled, with a default
 * farm). nginx binds no address the host does not hold (it has no free bind), so the listeners take the LB's IPv4
 * addresses only.
 */
public final class UdpConfigs {

    private static final String ACTIVE = "active";

    private UdpConfigs() {
    }

    public static UdpConfig of(LbConfig lb) {
        Map<UUID, FarmConfig> farms = lb.farms().stream().filter(FarmConfig::udp)
                .collect(Collectors.toMap(FarmConfig::id, Function.identity()));
        List<UdpConfig.Upstream> upstreams = farms.values().stream()
                .sorted((first, second) -> Long.compare(first.farmId(), second.farmId()))
                .map(UdpConfigs::upstream).toList();
        List<UdpConfig.Listener> listeners = lb.ovhFrontends().stream()
                .filter(frontend -> frontend.udp() && !frontend.spec().disabled()
                        && farms.containsKey(frontend.spec().defaultBackendId()))
                .map(frontend -> listener(frontend, farms.get(frontend.spec().defaultBackendId()), lb.addresses()))
                .filter(listener -> !listener.addresses().isEmpty())
                .toList();
        return new UdpConfig(upstreams, listeners);
    }

    private static UdpConfig.Upstream upstream(FarmConfig farm) {
        return new UdpConfig.Upstream(name(farm), farm.servers().stream()
                .filter(server -> ACTIVE.equals(server.spec().status()))
                .map(server -> new UdpConfig.Server(server.spec().address(),
                        server.spec().port() != null ? server.spec().port() : farm.spec().port()))
                .toList());
    }

    private static UdpConfig.Listener listener(OvhFrontendConfig frontend, FarmConfig farm, List<String> addresses) {
        return new UdpConfig.Listener(addresses.stream().filter(ip -> !ip.contains(":"))
                .filter(frontend::listensOn).toList(), ports(frontend.spec().port()), List.of(), List.of(),
                name(farm));
    }

    /** OVH's port string ("53,5000-5002") as every port it names, in order. */
    static List<Integer> ports(String ports) {
        List<Integer> all = new ArrayList<>();
        for (String part : ports.split(",")) {
            String[] range = part.trim().split("-");
            int first = Integer.parseInt(range[0].trim());
            int last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
            for (int port = first; port <= last; port++) {
                all.add(port);
            }
        }
        return all;
    }

    private static String name(FarmConfig farm) {
        return "farm_" + farm.farmId();
    }
}
