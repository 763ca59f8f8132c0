package io.lbaas.api.privatenetwork;

import inet.ipaddr.IPAddress;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.Addresses;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkDetached;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Decides attachments of load balancers to private networks: one per network and LB, within the offer's limit.
 * Without an address given, one is booked (a new IPAM id), as Scaleway does.
 */
@ApplicationScoped
public class PrivateNetworkCommands {

    private final CommandBus bus;
    private final PrivateNetworkQueries queries;
    private final LbQueries lbs;
    private final Offers offers;

    PrivateNetworkCommands(CommandBus bus, PrivateNetworkQueries queries, LbQueries lbs, Offers offers) {
        this.bus = bus;
        this.queries = queries;
        this.lbs = lbs;
        this.offers = offers;
    }

    public Uni<PrivateNetworkView> attach(Caller caller, Locality locality, UUID lbId, UUID privateNetworkId,
                                          AttachPrivateNetworkRequest request, UUID correlationId) {
        AttachPrivateNetworkRequest body = request == null ? AttachPrivateNetworkRequest.EMPTY : request;
        if (privateNetworkId == null) {
            throw ApiException.invalidArgument("private_network_id", Arguments.REQUIRED, "the network to attach to");
        }
        UUID id = UUID.randomUUID();
        PrivateNetworkAttached attached = validated(lbId, privateNetworkId, body);
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> queries.liveOf(lbId).map(live -> {
                    live.stream().filter(other -> other.privateNetworkId.equals(privateNetworkId)).findFirst()
                            .ifPresent(other -> {
                                throw ApiException.alreadyExists(PrivateNetworkQueries.RESOURCE, privateNetworkId,
                                        "the load balancer is already attached to this private network");
                            });
                    Offers.requireWithin("lb_private_networks", live.size() + 1L,
                            offers.of(lb.requireSettled()).maxPrivateNetworks());
                    return List.of(lb.context(caller, correlationId).envelope(id, 1, attached));
                }),
                () -> queries.require(caller, locality, lbId, privateNetworkId));
    }

    public Uni<Void> detach(Caller caller, Locality locality, UUID lbId, UUID privateNetworkId,
                            UUID correlationId) {
        if (privateNetworkId == null) {
            throw ApiException.invalidArgument("private_network_id", Arguments.REQUIRED, "the network to leave");
        }
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> queries.liveOf(lbId).map(live -> {
                    PrivateNetworkEntity attachment = live.stream()
                            .filter(candidate -> candidate.privateNetworkId.equals(privateNetworkId)).findFirst()
                            .orElseThrow(() -> ApiException.notFound(PrivateNetworkQueries.RESOURCE,
                                    privateNetworkId));
                    return List.of(lb.requireSettled().context(caller, correlationId).envelope(attachment.id,
                            attachment.version + 1, new PrivateNetworkDetached()));
                }),
                () -> Uni.createFrom().voidItem());
    }

    /** The detachments of every private network of a load balancer, for its own deletion. */
    public Uni<List<EventEnvelope>> detachmentsOf(UUID lbId, EventContext context) {
        return queries.liveOf(lbId).map(live -> live.stream().map(attachment -> context.envelope(attachment.id,
                attachment.version + 1, new PrivateNetworkDetached())).toList());
    }

    private static PrivateNetworkAttached validated(UUID lbId, UUID privateNetworkId,
                                                    AttachPrivateNetworkRequest body) {
        Arguments arguments = new Arguments();
        int configs = (body.staticConfig() == null ? 0 : 1) + (body.dhcpConfig() == null ? 0 : 1)
                + (body.ipamConfig() == null ? 0 : 1);
        if (configs > 1) {
            arguments.problem("static_config", Arguments.CONSTRAINT,
                    "at most one of static_config, dhcp_config and ipam_config");
        }
        List<UUID> ipamIds = body.ipamIds() == null ? List.of() : body.ipamIds();
        if (ipamIds.size() > 1 || ipamIds.stream().anyMatch(Objects::isNull)) {
            arguments.problem("ipam_ids", Arguments.CONSTRAINT, "one IPAM id of an IPv4 address, or none");
        }
        List<String> addresses = body.staticConfig() == null ? null
                : addresses(body.staticConfig().ipAddress(), arguments);
        arguments.throwIfAny();
        UUID dhcpIp = body.dhcpConfig() == null ? null : body.dhcpConfig().ipId();
        List<UUID> booked = !ipamIds.isEmpty() ? List.copyOf(ipamIds)
                : List.of(dhcpIp != null ? dhcpIp : UUID.randomUUID());
        return new PrivateNetworkAttached(lbId, privateNetworkId, booked, addresses, dhcpIp);
    }

    /** The deprecated static addresses: IPv4 or IPv6, with or without a prefix length, in canonical form. */
    private static List<String> addresses(List<String> given, Arguments arguments) {
        if (given == null || given.isEmpty() || given.size() > 8) {
            arguments.problem("static_config.ip_address", Arguments.REQUIRED, "1 to 8 addresses");
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IPAddress address = Addresses.parse(given.get(i), true);
            if (address == null) {
                arguments.problem("static_config.ip_address[" + i + "]", Arguments.FORMAT,
                        "an IP address, such as 172.16.0.10 or 172.16.0.10/24");
            } else {
                addresses.add(address.toCanonicalString());
            }
        }
        return List.copyOf(addresses);
    }
}
