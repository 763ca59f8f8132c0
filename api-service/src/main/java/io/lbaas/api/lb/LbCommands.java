package io.lbaas.api.lb;

import io.lbaas.api.backend.BackendEntity;
import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.certificate.CertificateCommands;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.dataplane.DataPlanePlacement;
import io.lbaas.api.frontend.FrontendCommands;
import io.lbaas.api.frontend.FrontendEntity;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.ip.IpPools;
import io.lbaas.api.ip.IpQueries;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.frontend.OvhFrontendQueries;
import io.lbaas.api.ovh.route.RouteQueries;
import io.lbaas.api.ovh.server.ServerQueries;
import io.lbaas.api.ovh.ssl.SslCommands;
import io.lbaas.api.privatenetwork.PrivateNetworkCommands;
import io.lbaas.api.quota.ProjectQuotas;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Projects;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbMigrated;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Decides the commands on load balancers: validates them against caught-up state and names their events. */
@ApplicationScoped
public class LbCommands {

    private static final int MAX_NAME = 255;
    private static final int MAX_DESCRIPTION = 1024;
    private static final String NOT_RUNNING = "no data plane was running this load balancer";

    private final CommandBus bus;
    private final LbQueries queries;
    private final Offers offers;
    private final BackendQueries backends;
    private final FrontendQueries frontends;
    private final IpQueries ips;
    private final IpPools pools;
    private final FrontendCommands frontendCommands;
    private final CertificateCommands certificates;
    private final PrivateNetworkCommands privateNetworks;
    private final ProjectQuotas quotas;
    private final DataPlanePlacement placement;
    private final OvhFrontendQueries ovhFrontends;
    private final FarmQueries farms;
    private final ServerQueries ovhServers;
    private final SslCommands ovhCertificates;
    private final RouteQueries ovhRoutes;

    LbCommands(CommandBus bus, LbQueries queries, Offers offers, BackendQueries backends,
               FrontendQueries frontends, IpQueries ips, IpPools pools, FrontendCommands frontendCommands,
               CertificateCommands certificates, PrivateNetworkCommands privateNetworks, ProjectQuotas quotas,
               DataPlanePlacement placement, OvhFrontendQueries ovhFrontends, FarmQueries farms,
               ServerQueries ovhServers, SslCommands ovhCertificates, RouteQueries ovhRoutes) {
        this.ovhServers = ovhServers;
        this.ovhCertificates = ovhCertificates;
        this.ovhRoutes = ovhRoutes;
        this.ovhFrontends = ovhFrontends;
        this.farms = farms;
        this.bus = bus;
        this.queries = queries;
        this.offers = offers;
        this.backends = backends;
        this.frontends = frontends;
        this.ips = ips;
        this.pools = pools;
        this.frontendCommands = frontendCommands;
        this.certificates = certificates;
        this.privateNetworks = privateNetworks;
        this.quotas = quotas;
        this.placement = placement;
    }

    /**
     * Creates the LB with its flexible IPs: those named in {@code ip_id}/{@code ip_ids} (free IPs of its project and
     * zone), plus a new IPv4 unless one was named or {@code assign_flexible_ip} is false, plus a new IPv6 if
     * {@code assign_flexible_ipv6} and none was named.
     */
    public Uni<LbView> create(Caller caller, Locality locality, CreateLbRequest request, UUID correlationId) {
        CreateLbRequest body = request == null ? CreateLbRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        String name = body.name() == null || body.name().isEmpty() ? generatedName()
                : arguments.text("name", body.name(), MAX_NAME);
        String description = body.description() == null ? ""
                : arguments.optionalText("description", body.description(), MAX_DESCRIPTION);
        String type = offers.validType(body.type(), arguments);
        List<String> tags = arguments.tags("tags", body.tags());
        UUID project = Projects.target(arguments, caller, body.projectId(), body.organizationId());
        if (body.ipIds() != null && body.ipIds().contains(null)) {
            arguments.problem("ip_ids[" + body.ipIds().indexOf(null) + "]", Arguments.FORMAT, "must be an IP id");
        }
        arguments.throwIfAny();
        UUID lb = UUID.randomUUID();
        String zone = locality.zoneForNew();
        LbCreated created = new LbCreated(name, description, type, tags,
                SslCompatibilityLevel.stored(body.sslCompatibilityLevel()));
        boolean assignIpv4 = body.assignFlexibleIp() == null || body.assignFlexibleIp();
        boolean assignIpv6 = Boolean.TRUE.equals(body.assignFlexibleIpv6());
        return bus.execute(project, () -> {
            EventContext context = Decisions.context(caller, locality.region(), zone, project, correlationId);
            List<EventEnvelope> events = new ArrayList<>(List.of(context.envelope(lb, 1, created)));
            return quotas.requireLbs(project, 1)
                    .chain(() -> attachNamedIps(namedIps(body), project, zone, lb, context, events))
                    .chain(families -> allocateIp(assignIpv4 && !families.contains(false), false, project, lb,
                            context, events))
                    .chain(families -> allocateIp(assignIpv6 && !families.contains(true), true, project, lb,
                            context, events))
                    .chain(() -> quotas.requireIps(project, (int) events.stream()
                            .filter(event -> event.payload() instanceof IpAllocated).count()))
                    .replaceWith(events);
        }, () -> queries.require(caller, locality, lb).map(LbView::of));
    }

    private Uni<Set<Boolean>> attachNamedIps(List<UUID> named, UUID project, String zone, UUID lb,
                                             EventContext context, List<EventEnvelope> events) {
        Set<Boolean> families = new HashSet<>();
        Uni<Void> attached = Uni.createFrom().voidItem();
        for (UUID id : named) {
            attached = attached.chain(() -> ips.find(id)).invoke(ip -> {
                if (ip == null || ip.released || !ip.projectId.equals(project)) {
                    throw ApiException.notFound(IpQueries.RESOURCE, id);
                }
                if (!ip.zone.equals(zone)) {
                    throw ApiException.invalidArgument("ip_ids", Arguments.CONSTRAINT, "IP " + id + " is in zone "
                            + ip.zone + ", not " + zone);
                }
                if (ip.lbId != null) {
                    throw ApiException.preconditionFailed("resource_still_in_use",
                            "IP " + id + " serves load balancer " + ip.lbId);
                }
                families.add(ip.ipv6);
                events.add(context.envelope(id, ip.version + 1, new IpAttached(lb)));
            }).replaceWithVoid();
        }
        return attached.replaceWith(families);
    }

    private Uni<Set<Boolean>> allocateIp(boolean wanted, boolean ipv6, UUID project, UUID lb, EventContext context,
                                         List<EventEnvelope> events) {
        if (!wanted) {
            return Uni.createFrom().item(Set.of());
        }
        pools.requireFamily(context.zone(), ipv6, ipv6 ? "assign_flexible_ipv6" : "assign_flexible_ip");
        UUID ip = UUID.randomUUID();
        return pools.allocate(context.zone(), ipv6, project).map(address -> {
            events.add(context.envelope(ip, 1, new IpAllocated(address, ipv6,
                    pools.defaultReverse(address, context.region()), List.of())));
            events.add(context.envelope(ip, 2, new IpAttached(lb)));
            return Set.of(ipv6);
        });
    }

    private static List<UUID> namedIps(CreateLbRequest body) {
        Set<UUID> named = new LinkedHashSet<>();
        if (body.ipId() != null) {
            named.add(body.ipId());
        }
        if (body.ipIds() != null) {
            named.addAll(body.ipIds());
        }
        return List.copyOf(named);
    }

    public Uni<LbView> update(Caller caller, Locality locality, UUID id, UpdateLbRequest request, UUID correlationId) {
        UpdateLbRequest body = request == null ? new UpdateLbRequest(null, null, null, null) : request;
        Arguments arguments = new Arguments();
        String name = arguments.text("name", body.name(), MAX_NAME);
        String description = body.description() == null ? ""
                : arguments.optionalText("description", body.description(), MAX_DESCRIPTION);
        List<String> tags = arguments.tags("tags", body.tags());
        arguments.throwIfAny();
        LbUpdated updated = new LbUpdated(name, description, tags,
                SslCompatibilityLevel.stored(body.sslCompatibilityLevel()));
        return onExisting(caller, locality, id, correlationId,
                (lb, context) -> context.envelope(id, lb.version + 1, updated),
                () -> queries.require(caller, locality, id).map(LbView::of));
    }

    /**
     * Deletes the LB and, before it, its frontends (with their ACLs and routes, and those made through the OVH
     * dialect, OVH routes first), its certificates (OVH's too), its private network attachments and its backends
     * (which frontends point to; OVH farms with their servers): the cascade is events too. The LB itself stays,
     * {@code to_delete} with its flexible
     * IPs, until the data plane that runs it has taken it down; one that no data plane runs is removed at once. Its
     * IPs are then released or kept as {@code release_ip} says.
     */
    public Uni<Void> delete(Caller caller, Locality locality, UUID id, boolean releaseIp, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), lb -> lb.projectId,
                lb -> {
                    lb.requireSettled();
                    EventContext context = Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
                    List<EventEnvelope> events = new ArrayList<>();
                    return frontends.liveOf(lb.id)
                            .chain(frontendsOfLb -> deleteEach(frontendsOfLb, context, events))
                            .chain(() -> ovhRoutes.liveOf(lb.id)).invoke(ovh -> ovh.forEach(route ->
                                    events.add(context.envelope(route.id, route.version + 1,
                                            new OvhRouteDeleted()))))
                            .chain(() -> ovhFrontends.liveOf(lb.id)).invoke(ovh -> ovh.forEach(frontend ->
                                    events.add(context.envelope(frontend.id, frontend.version + 1,
                                            new FrontendDeleted()))))
                            .chain(() -> certificates.deletionsOf(lb.id, context)).invoke(events::addAll)
                            .chain(() -> ovhCertificates.deletionsOf(lb.id, context)).invoke(events::addAll)
                            .chain(() -> privateNetworks.detachmentsOf(lb.id, context)).invoke(events::addAll)
                            .chain(() -> farms.liveOf(lb.id)).invoke(farmsOfLb -> farmsOfLb.forEach(farm ->
                                    events.add(context.envelope(farm.id, farm.version + 1, new BackendDeleted()))))
                            .chain(() -> backends.liveOf(lb.id)).map(backendsOfLb -> {
                                for (BackendEntity backend : backendsOfLb) {
                                    events.add(context.envelope(backend.id, backend.version + 1,
                                            new BackendDeleted()));
                                }
                                events.add(context.envelope(id, lb.version + 1, new LbDeleted(releaseIp)));
                                return events;
                            })
                            .chain(deletion -> placement.runs(lb).map(running -> {
                                if (!running) {
                                    deletion.addAll(LbRemoval.of(lb, releaseIp, lb.version + 2, context,
                                            NOT_RUNNING));
                                }
                                return deletion;
                            }));
                },
                () -> Uni.createFrom().voidItem());
    }

    /** The OVH frontends and farms of an LB, and the servers of its fullest farm. */
    private record OvhCounts(long frontends, long farms, long largestFarm) {
    }

    private Uni<OvhCounts> ovhCounts(LbEntity lb) {
        return ovhFrontends.liveOf(lb.id).chain(frontendsOfLb -> farms.liveCount(lb.id).chain(farmCount ->
                ovhServers.largestFarm(lb.id).map(largest -> new OvhCounts(frontendsOfLb.size(), farmCount,
                        largest))));
    }

    private Uni<Void> deleteEach(List<FrontendEntity> frontendsOfLb, EventContext context,
                                 List<EventEnvelope> events) {
        Uni<Void> deleted = Uni.createFrom().voidItem();
        for (FrontendEntity frontend : frontendsOfLb) {
            deleted = deleted.chain(() -> frontendCommands.deletionOf(frontend, context)).invoke(events::addAll)
                    .replaceWithVoid();
        }
        return deleted;
    }

    /**
     * Moves the LB to another offer, if what it has fits the offer's limits; the data plane reports its status as
     * it applies the change.
     */
    public Uni<LbView> migrate(Caller caller, Locality locality, UUID id, String type, UUID correlationId) {
        if (type == null || type.isEmpty()) {
            throw ApiException.invalidArgument("type", Arguments.REQUIRED, "the offer to move to");
        }
        Arguments arguments = new Arguments();
        offers.validType(type, arguments);
        arguments.throwIfAny();
        LbConfig.Offer offer = offers.find(type).orElseThrow();
        return bus.change(() -> queries.require(caller, locality, id), lb -> lb.projectId,
                lb -> ovhCounts(lb.requireSettled()).chain(ovh -> backends.liveOf(lb.id).map(backendsOfLb -> {
                    // What the OVH dialect made counts against the offer's limits too.
                    Offers.requireWithin("lb_frontends", lb.frontendCount + ovh.frontends(), offer.maxFrontends());
                    Offers.requireWithin("lb_backends", backendsOfLb.size() + ovh.farms(), offer.maxBackends());
                    Offers.requireWithin("lb_backend_servers", Math.max(backends.largestPool(backendsOfLb),
                            ovh.largestFarm()), offer.maxServersPerBackend());
                    return List.of(Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId)
                            .envelope(id, lb.version + 1, new LbMigrated(type)));
                })),
                () -> queries.require(caller, locality, id).map(LbView::of));
    }

    private interface Change {
        EventEnvelope of(LbEntity lb, EventContext context);
    }

    private <R> Uni<R> onExisting(Caller caller, Locality locality, UUID id, UUID correlationId, Change change,
                                  Supplier<Uni<R>> answer) {
        return bus.change(() -> queries.require(caller, locality, id), lb -> lb.projectId,
                lb -> Uni.createFrom().item(List.of(change.of(lb.requireSettled(),
                        Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId)))),
                answer);
    }

    private static String generatedName() {
        return "lb-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
