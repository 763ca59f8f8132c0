package io.lbaas.dataplane.desired;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.acl.AclCreated;
import io.lbaas.events.acl.AclDeleted;
import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.acl.AclUpdated;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendHealthCheckUpdated;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.BackendUpdated;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.certificate.CertificateEvents;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.certificate.CertificateIssued;
import io.lbaas.events.frontend.FrontendCreated;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.frontend.FrontendUpdated;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpReleased;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbMigrated;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFarmCreated;
import io.lbaas.events.ovh.OvhFarmUpdated;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteEvents;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRouteUpdated;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleSpec;
import io.lbaas.events.ovh.OvhRuleUpdated;
import io.lbaas.events.ovh.OvhServerAdded;
import io.lbaas.events.ovh.OvhServerRemoved;
import io.lbaas.events.ovh.OvhServerUpdated;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkDetached;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;
import io.lbaas.events.route.RouteCreated;
import io.lbaas.events.route.RouteDeleted;
import io.lbaas.events.route.RouteSpec;
import io.lbaas.events.route.RouteUpdated;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the log says every load balancer of this agent's partitions should be, folded from its events in order, and
 * what was last reported of it (its status, its servers' states), so that the agent reports only what changes.
 * Events arrive on the consumer's thread while reconcilers read snapshots on theirs: every method holds the lock.
 */
@Singleton
public final class DesiredState {

    private static final String UNKNOWN = "unknown";

    private final Map<UUID, Lb> lbs = new HashMap<>();
    /** The LB of each child (frontend, backend, ACL, route, certificate, attached IP). */
    private final Map<UUID, UUID> lbOf = new HashMap<>();
    private final Map<UUID, String> addresses = new HashMap<>();

    /** Applies one event; answers the load balancer whose configuration or status it may change, if any. */
    public synchronized Optional<UUID> apply(EventEnvelope event) {
        UUID id = event.aggregateId();
        Object payload = event.payload();
        if (payload instanceof LbCreated created) {
            lbs.put(id, new Lb(id, event.organizationId(), event.projectId(), event.zone(), created.type(),
                    created.sslCompatibilityLevel()));
            return Optional.of(id);
        }
        if (payload instanceof IpAllocated allocated) {
            addresses.put(id, allocated.address());
            return Optional.empty();
        }
        if (payload instanceof IpAttached attached) {
            return child(id, attached.lbId(), lb -> lb.ips.put(id, addresses.get(id)));
        }
        if (payload instanceof IpDetached || payload instanceof IpReleased) {
            if (payload instanceof IpReleased) {
                addresses.remove(id);
            }
            return removeChild(id, lb -> lb.ips.remove(id));
        }
        Lb lb = lbs.get(id);
        if (lb != null) {
            return applyToLb(lb, payload);
        }
        return applyToChild(event, payload);
    }

    private Optional<UUID> applyToLb(Lb lb, Object payload) {
        if (payload instanceof LbUpdated updated) {
            lb.sslCompatibilityLevel = updated.sslCompatibilityLevel();
        } else if (payload instanceof LbMigrated migrated) {
            lb.type = migrated.type();
        } else if (payload instanceof LbStatusChanged changed) {
            // The agent's own report needs nothing more; "unknown" (the API heard nothing for too long) needs its
            // LB applied and reported again.
            lb.reportedStatus = changed.status();
            lb.reportedReason = changed.reason();
            return changed.status().equals(UNKNOWN) ? Optional.of(lb.id) : Optional.empty();
        } else if (payload instanceof BackendServerStateChanged observed) {
            lb.reportedServers.put(serverKey(observed.backendId(), observed.ip()),
                    new ServerObservation(observed.serverState(), observed.lastHealthCheckStatus()));
            return Optional.empty();
        } else if (payload instanceof LbDeleted) {
            // Kept until the log shows it removed: the agent that runs it takes it down and says so.
            lb.deleted = true;
            lb.reportedStatus = LbEvents.STATUS_TO_DELETE;
            lb.reportedReason = null;
        } else if (payload instanceof LbRemoved) {
            lbs.remove(lb.id);
            lbOf.values().removeIf(lb.id::equals);
        } else if (payload instanceof OvhRefreshRequested refresh) {
            lb.publishOvh();
            lb.tasks.put(refresh.taskId(), OvhTaskProgressed.TODO);
        } else if (payload instanceof OvhTaskProgressed progressed) {
            lb.tasks.put(progressed.taskId(), progressed.status());
            return Optional.empty();
        } else {
            return Optional.empty();
        }
        return Optional.of(lb.id);
    }

    private Optional<UUID> applyToChild(EventEnvelope event, Object payload) {
        UUID id = event.aggregateId();
        if (payload instanceof FrontendCreated created) {
            return child(id, created.lbId(), lb -> lb.frontends.put(id, created.spec()));
        }
        if (payload instanceof BackendCreated created) {
            return child(id, created.lbId(), lb -> lb.backends.put(id, created.spec()));
        }
        if (payload instanceof AclCreated created) {
            return child(id, created.lbId(), lb -> lb.acls.put(id, new Acl(created.frontendId(), created.spec())));
        }
        if (payload instanceof RouteCreated created) {
            return child(id, created.lbId(),
                    lb -> lb.routes.put(id, new Route(created.frontendId(), created.spec())));
        }
        if (payload instanceof OvhFrontendCreated created) {
            return child(id, created.lbId(), lb -> lb.ovhFrontends.put(id,
                    new OvhFrontend(created.protocol(), created.frontendId(), created.spec())));
        }
        if (payload instanceof OvhFarmCreated created) {
            return child(id, created.lbId(),
                    lb -> lb.farms.put(id, new Farm(created.protocol(), created.farmId(), created.spec())));
        }
        if (payload instanceof OvhSslAdded added) {
            return child(id, added.lbId(), lb -> lb.ovhCertificates.put(id, added));
        }
        if (payload instanceof OvhRouteCreated created) {
            return child(id, created.lbId(),
                    lb -> lb.ovhRoutes.put(id, new OvhRoute(created.routeId(), created.spec())));
        }
        if (payload instanceof PrivateNetworkAttached attached) {
            return child(id, attached.lbId(), lb -> lb.privateNetworks.put(id, false));
        }
        if (payload instanceof CertificateCreated created) {
            return child(id, created.lbId(), lb -> {
                if (CertificateEvents.TYPE_LETSENCRYPT.equals(created.type())) {
                    lb.orders.put(id, new CertificateOrder(id, created.commonName(),
                            created.subjectAlternativeName(), null, false));
                } else {
                    lb.certificates.put(id, created.pemBundle());
                }
            });
        }
        return changeChild(id, payload);
    }

    private Optional<UUID> changeChild(UUID id, Object payload) {
        if (payload instanceof FrontendUpdated updated) {
            return onChild(id, lb -> lb.frontends.put(id, updated.spec()));
        }
        if (payload instanceof BackendUpdated updated) {
            return onChild(id, lb -> lb.backends.put(id, updated.spec()));
        }
        if (payload instanceof BackendPoolChanged changed) {
            return onChild(id, lb -> {
                lb.backends.computeIfPresent(id, (key, spec) -> spec.withPool(changed.pool()));
                // The stats of servers that left are gone from the read model: one coming back is reported anew.
                lb.reportedServers.keySet().removeIf(server -> server.startsWith(id + " ")
                        && !changed.pool().contains(server.substring(id.toString().length() + 1)));
            });
        }
        if (payload instanceof BackendHealthCheckUpdated updated) {
            return onChild(id, lb -> lb.backends.computeIfPresent(id,
                    (key, spec) -> spec.withHealthCheck(updated.healthCheck())));
        }
        if (payload instanceof OvhFrontendUpdated updated) {
            return onChild(id, lb -> lb.ovhFrontends.computeIfPresent(id,
                    (key, frontend) -> new OvhFrontend(frontend.protocol, frontend.frontendId, updated.spec())));
        }
        if (payload instanceof OvhFarmUpdated updated) {
            return onChild(id, lb -> lb.farm(id).ifPresent(farm -> farm.spec = updated.spec()));
        }
        if (payload instanceof OvhServerAdded added) {
            return onChild(id, lb -> lb.farm(id).ifPresent(farm -> farm.servers.put(added.serverId(), added.spec())));
        }
        if (payload instanceof OvhServerUpdated updated) {
            return onChild(id,
                    lb -> lb.farm(id).ifPresent(farm -> farm.servers.put(updated.serverId(), updated.spec())));
        }
        if (payload instanceof OvhServerRemoved removed) {
            return onChild(id, lb -> lb.farm(id).ifPresent(farm -> farm.servers.remove(removed.serverId())));
        }
        if (payload instanceof OvhRouteUpdated updated) {
            return onChild(id, lb -> lb.ovhRoute(id).ifPresent(route -> route.spec = updated.spec()));
        }
        if (payload instanceof OvhRuleAdded added) {
            return onChild(id, lb -> lb.ovhRoute(id).ifPresent(route -> route.rules.put(added.ruleId(),
                    added.spec())));
        }
        if (payload instanceof OvhRuleUpdated updated) {
            return onChild(id, lb -> lb.ovhRoute(id).ifPresent(route -> route.rules.put(updated.ruleId(),
                    updated.spec())));
        }
        if (payload instanceof OvhRuleRemoved removed) {
            return onChild(id, lb -> lb.ovhRoute(id).ifPresent(route -> route.rules.remove(removed.ruleId())));
        }
        if (payload instanceof AclUpdated updated) {
            return onChild(id,
                    lb -> lb.acls.computeIfPresent(id, (key, acl) -> new Acl(acl.frontendId, updated.spec())));
        }
        if (payload instanceof RouteUpdated updated) {
            return onChild(id,
                    lb -> lb.routes.computeIfPresent(id, (key, route) -> new Route(route.frontendId, updated.spec())));
        }
        if (payload instanceof CertificateIssued issued) {
            return onChild(id, lb -> {
                lb.certificates.put(id, issued.pemBundle());
                lb.orders.computeIfPresent(id, (key, order) -> order.issued(issued.notValidAfter()));
            });
        }
        if (payload instanceof CertificateIssueFailed) {
            return onChild(id, lb -> lb.orders.computeIfPresent(id, (key, order) -> order.asFailed()));
        }
        if (payload instanceof PrivateNetworkReady) {
            onChild(id, lb -> lb.privateNetworks.put(id, true));
            return Optional.empty();
        }
        if (payload instanceof FrontendDeleted || payload instanceof BackendDeleted || payload instanceof AclDeleted
                || payload instanceof RouteDeleted || payload instanceof CertificateDeleted
                || payload instanceof PrivateNetworkDetached || payload instanceof OvhRouteDeleted) {
            return removeChild(id, lb -> lb.forget(id));
        }
        return Optional.empty();
    }

    private Optional<UUID> child(UUID id, UUID lbId, Consumer<Lb> change) {
        Lb lb = lbs.get(lbId);
        if (lb == null) {
            return Optional.empty();
        }
        lbOf.put(id, lbId);
        change.accept(lb);
        return Optional.of(lbId);
    }

    private Optional<UUID> onChild(UUID id, Consumer<Lb> change) {
        UUID lbId = lbOf.get(id);
        return lbId == null ? Optional.empty() : child(id, lbId, change);
    }

    private Optional<UUID> removeChild(UUID id, Consumer<Lb> change) {
        Optional<UUID> lbId = onChild(id, change);
        lbOf.remove(id);
        return lbId;
    }

    /** The configuration to run for {@code lbId}; empty once the LB is deleted (or was never ours). */
    public synchronized Optional<LbConfig> config(UUID lbId) {
        return Optional.ofNullable(lbs.get(lbId)).filter(lb -> !lb.deleted).map(Lb::config);
    }

    /** The zone of {@code lbId}, as long as the log shows it (deleted or not). */
    public synchronized Optional<String> zone(UUID lbId) {
        return Optional.ofNullable(lbs.get(lbId)).map(lb -> lb.zone);
    }

    /** Whether its tenant deleted {@code lbId} and the log does not show it removed yet. */
    public synchronized boolean deleted(UUID lbId) {
        Lb lb = lbs.get(lbId);
        return lb != null && lb.deleted;
    }

    /** The status last reported on the log; {@code to_create} until the data plane reports one. */
    public synchronized Optional<String> reportedStatus(UUID lbId) {
        return Optional.ofNullable(lbs.get(lbId)).map(lb -> lb.reportedStatus);
    }

    /**
     * The OVH tasks of {@code lbId} the log does not show finished, oldest first. Read before {@link #config}, a
     * configuration holds what each of them published.
     */
    public synchronized List<Long> unfinishedTasks(UUID lbId) {
        Lb lb = lbs.get(lbId);
        return lb == null ? List.of() : lb.tasks.entrySet().stream()
                .filter(task -> !OvhTaskProgressed.finished(task.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Whether the log says the OVH task is in this status already. */
    public synchronized boolean reportedTask(UUID lbId, long taskId, String status) {
        Lb lb = lbs.get(lbId);
        return lb != null && status.equals(lb.tasks.get(taskId));
    }

    /** Whether the log says the LB is in this status for this reason already. */
    public synchronized boolean reported(UUID lbId, String status, String reason) {
        Lb lb = lbs.get(lbId);
        return lb != null && status.equals(lb.reportedStatus) && Objects.equals(reason, lb.reportedReason);
    }

    public synchronized Optional<ServerObservation> reportedServer(UUID lbId, UUID backendId, String ip) {
        return Optional.ofNullable(lbs.get(lbId)).map(lb -> lb.reportedServers.get(serverKey(backendId, ip)));
    }

    /** The Let's Encrypt certificates of {@code lbId} still to obtain or already obtained (not those that failed). */
    public synchronized List<CertificateOrder> certificateOrders(UUID lbId) {
        Lb lb = lbs.get(lbId);
        return lb == null ? List.of() : lb.orders.values().stream().filter(order -> !order.failed()).toList();
    }

    /** The private network attachments of {@code lbId} that the log still shows pending. */
    public synchronized List<UUID> pendingPrivateNetworks(UUID lbId) {
        Lb lb = lbs.get(lbId);
        return lb == null ? List.of() : lb.privateNetworks.entrySet().stream().filter(entry -> !entry.getValue())
                .map(Map.Entry::getKey).toList();
    }

    public synchronized Set<UUID> lbIds() {
        return Set.copyOf(lbs.keySet());
    }

    /** Forgets the load balancers of projects this agent no longer serves; answers them. */
    public synchronized Set<UUID> forgetProjects(Predicate<UUID> project) {
        Set<UUID> forgotten = new HashSet<>();
        lbs.values().removeIf(lb -> project.test(lb.projectId) && forgotten.add(lb.id));
        lbOf.values().removeIf(forgotten::contains);
        return forgotten;
    }

    private static String serverKey(UUID backendId, String ip) {
        return backendId + " " + ip;
    }

    /** What the log last said of a server: its state and its last health check's result. */
    public record ServerObservation(String serverState, String lastHealthCheckStatus) {
    }

    /**
     * A Let's Encrypt certificate as the log tells it: its names, until when the one issued is valid (null before
     * the first issue), and whether obtaining it failed (it then waits for the tenant).
     */
    public record CertificateOrder(UUID certificateId, String commonName, List<String> alternativeNames,
                                   Instant issuedUntil, boolean failed) {

        CertificateOrder issued(Instant notValidAfter) {
            return new CertificateOrder(certificateId, commonName, alternativeNames, notValidAfter, false);
        }

        CertificateOrder asFailed() {
            return new CertificateOrder(certificateId, commonName, alternativeNames, issuedUntil, true);
        }
    }

    private record Acl(UUID frontendId, AclSpec spec) {
    }

    private record Route(UUID frontendId, RouteSpec spec) {
    }

    private record OvhFrontend(String protocol, long frontendId, OvhFrontendSpec spec) {
    }

    /** An OVH route and its rules by OVH id. */
    private static final class OvhRoute {
        private final long routeId;
        private OvhRouteSpec spec;
        private final Map<Long, OvhRuleSpec> rules = new TreeMap<>();

        OvhRoute(long routeId, OvhRouteSpec spec) {
            this.routeId = routeId;
            this.spec = spec;
        }

        OvhRouteConfig config(UUID id) {
            return new OvhRouteConfig(id, routeId, spec, rules.entrySet().stream()
                    .map(rule -> new OvhRouteConfig.Rule(rule.getKey(), rule.getValue())).toList());
        }
    }

    /** An OVH farm and its servers by OVH id, which orders them in the configuration. */
    private static final class Farm {
        private final String protocol;
        private final long farmId;
        private FarmSpec spec;
        private final Map<Long, FarmServerSpec> servers = new TreeMap<>();

        Farm(String protocol, long farmId, FarmSpec spec) {
            this.protocol = protocol;
            this.farmId = farmId;
            this.spec = spec;
        }

        FarmConfig config(UUID id) {
            return new FarmConfig(id, protocol, farmId, spec, servers.entrySet().stream()
                    .map(server -> new FarmConfig.Server(server.getKey(), server.getValue())).toList());
        }
    }

    private static final class Lb {
        private final UUID id;
        private final UUID organizationId;
        private final UUID projectId;
        private final String zone;
        private String type;
        private String sslCompatibilityLevel;
        private String reportedStatus = LbEvents.STATUS_TO_CREATE;
        private String reportedReason;
        private boolean deleted;
        private final Map<UUID, String> ips = new LinkedHashMap<>();
        private final Map<UUID, FrontendSpec> frontends = new LinkedHashMap<>();
        private final Map<UUID, BackendSpec> backends = new LinkedHashMap<>();
        private final Map<UUID, Acl> acls = new LinkedHashMap<>();
        private final Map<UUID, Route> routes = new LinkedHashMap<>();
        /** What the OVH dialect staged; the data plane runs what the last refresh published. */
        private final Map<UUID, OvhFrontend> ovhFrontends = new LinkedHashMap<>();
        private final Map<UUID, Farm> farms = new LinkedHashMap<>();
        /** The OVH SSL certificates, oldest first. */
        private final Map<UUID, OvhSslAdded> ovhCertificates = new LinkedHashMap<>();
        private final Map<UUID, OvhRoute> ovhRoutes = new LinkedHashMap<>();
        private List<OvhFrontendConfig> publishedOvhFrontends = List.of();
        private List<FarmConfig> publishedFarms = List.of();
        /** OVH task id → its status on the log. */
        private final Map<Long, String> tasks = new TreeMap<>();
        private final Map<UUID, String> certificates = new LinkedHashMap<>();
        private final Map<UUID, CertificateOrder> orders = new LinkedHashMap<>();
        /** Attachment id → ready on the log. */
        private final Map<UUID, Boolean> privateNetworks = new LinkedHashMap<>();
        private final Map<String, ServerObservation> reportedServers = new HashMap<>();

        Lb(UUID id, UUID organizationId, UUID projectId, String zone, String type, String sslCompatibilityLevel) {
            this.id = id;
            this.organizationId = organizationId;
            this.projectId = projectId;
            this.zone = zone;
            this.type = type;
            this.sslCompatibilityLevel = sslCompatibilityLevel;
        }

        void forget(UUID child) {
            frontends.remove(child);
            backends.remove(child);
            acls.remove(child);
            routes.remove(child);
            certificates.remove(child);
            orders.remove(child);
            privateNetworks.remove(child);
            ovhFrontends.remove(child);
            farms.remove(child);
            ovhCertificates.remove(child);
            ovhRoutes.remove(child);
        }

        /** The certificates an OVH frontend serves: none without {@code ssl}, else all, its default one first. */
        private List<CertificateConfig> deciphering(OvhFrontendSpec spec) {
            if (!spec.ssl()) {
                return List.of();
            }
            List<CertificateConfig> certificates = new ArrayList<>();
            ovhCertificates.forEach((id, ssl) -> certificates.add(new CertificateConfig(id, ssl.pemBundle())));
            certificates.sort(Comparator.comparing(certificate -> !certificate.id().equals(spec.defaultSslId())));
            return certificates;
        }

        Optional<OvhRoute> ovhRoute(UUID id) {
            return Optional.ofNullable(ovhRoutes.get(id));
        }

        Optional<Farm> farm(UUID id) {
            return Optional.ofNullable(farms.get(id));
        }

        LbConfig config() {
            List<FrontendConfig> frontendConfigs = new ArrayList<>();
            frontends.forEach((frontendId, spec) -> frontendConfigs.add(new FrontendConfig(frontendId, spec,
                    acls.values().stream().filter(acl -> acl.frontendId.equals(frontendId)).map(Acl::spec)
                            .sorted(Comparator.comparingInt(AclSpec::index)).toList(),
                    routes.values().stream().filter(route -> route.frontendId.equals(frontendId))
                            .map(Route::spec).toList(),
                    spec.certificateIds().stream().filter(certificates::containsKey)
                            .map(certificate -> new CertificateConfig(certificate, certificates.get(certificate)))
                            .toList())));
            List<BackendConfig> backendConfigs = new ArrayList<>();
            backends.forEach((backendId, spec) -> backendConfigs.add(new BackendConfig(backendId, spec)));
            return new LbConfig(id, organizationId, projectId, zone, type, sslCompatibilityLevel,
                    ips.values().stream().filter(Objects::nonNull).toList(), frontendConfigs, backendConfigs,
                    publishedOvhFrontends, publishedFarms);
        }

        /** A refresh: what the OVH dialect staged until now is what runs from now on. */
        void publishOvh() {
            List<OvhRouteConfig> routes = ovhRoutes.entrySet().stream()
                    .map(route -> route.getValue().config(route.getKey()))
                    .sorted(OvhRouteEvents.evaluationOrder(OvhRouteConfig::spec, OvhRouteConfig::routeId)).toList();
            publishedOvhFrontends = ovhFrontends.entrySet().stream().map(frontend -> new OvhFrontendConfig(
                    frontend.getKey(), frontend.getValue().protocol, frontend.getValue().frontendId,
                    frontend.getValue().spec, routes.stream()
                            .filter(route -> frontend.getKey().equals(route.spec().frontend())).toList(),
                    deciphering(frontend.getValue().spec))).toList();
            publishedFarms = farms.entrySet().stream().map(farm -> farm.getValue().config(farm.getKey())).toList();
        }
    }
}
