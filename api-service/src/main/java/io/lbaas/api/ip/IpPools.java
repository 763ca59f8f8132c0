package io.lbaas.api.ip;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.log.EventLogConfig;
import io.lbaas.events.log.EventLogPartitioner;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigInteger;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hands out addresses from the zones' pools so that no two live IPs ever share one, whatever their tenants.
 * Each pool is cut into as many interleaved shares as the log has partitions; a project allocates from the share of
 * its partition only, under that share's lock and after catching up with that partition. Projects of different
 * partitions never wait for each other, and every allocation in a share is decided on state that includes all the
 * others.
 */
@ApplicationScoped
public class IpPools {

    private final IpPoolConfig config;
    private final CommandBus bus;
    private final int shares;

    IpPools(IpPoolConfig config, CommandBus bus, EventLogConfig log) {
        this.config = config;
        this.bus = bus;
        this.shares = log.partitions();
    }

    /** Checked before deciding: a zone without an IPv6 range offers no IPv6. */
    public void requireFamily(String zone, boolean ipv6, String argument) {
        if (range(zone, ipv6) == null) {
            throw ApiException.invalidArgument(argument, Arguments.CONSTRAINT,
                    "zone " + zone + " offers no " + (ipv6 ? "IPv6" : "IPv4") + " flexible IPs");
        }
    }

    /** To be called while deciding, under the project's lock. */
    public Uni<String> allocate(String zone, boolean ipv6, UUID project) {
        IPAddress range = range(zone, ipv6);
        int share = EventLogPartitioner.partitionFor(project, shares);
        return bus.exclusive("ip-pool:" + zone + ":" + (ipv6 ? 6 : 4) + ":" + share, project)
                .chain(() -> Panache.withSession(() -> IpEntity.<IpEntity>list(
                        "zone = ?1 and ipv6 = ?2 and released = false", zone, ipv6)))
                .map(live -> firstFree(range, share, live.stream().map(ip -> ip.address).collect(Collectors.toSet())));
    }

    /** The reverse DNS name an IP gets when its tenant gives none. */
    public String defaultReverse(String address, String region) {
        return address.replace('.', '-').replace(':', '-') + "." + config.reverseSuffix().replace("{region}", region);
    }

    /** The first and the last address of a range are left out: they are a network's and its broadcast address. */
    private String firstFree(IPAddress range, int share, Set<String> taken) {
        long last = range.getCount().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue() - 1;
        for (long index = share == 0 ? shares : share; index < last; index += shares) {
            String address = range.getLower().increment(index).withoutPrefixLength().toCanonicalString();
            if (!taken.contains(address)) {
                return address;
            }
        }
        throw ApiException.outOfStock("lb_ip");
    }

    private IPAddress range(String zone, boolean ipv6) {
        IpPoolConfig.Pool pool = config.pools().get(zone);
        if (pool == null) {
            return null;
        }
        String cidr = ipv6 ? pool.ipv6().orElse(null) : pool.ipv4();
        return cidr == null ? null : new IPAddressString(cidr).getAddress().toPrefixBlock();
    }
}
