package io.lbaas.api.ovh.frontend;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.frontend.FrontendEntity;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.route.RouteQueries;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.ovh.ssl.SslQueries;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Decides the commands on OVH frontends, under the project's lock against caught-up state: a port of the load
 * balancer serves one frontend, whichever dialect made it, and the default farm is a farm of the same protocol in
 * the same service.
 */
@ApplicationScoped
public class OvhFrontendCommands {

    private final CommandBus bus;
    private final OvhFrontendQueries queries;
    private final FarmQueries farms;
    private final FrontendQueries scalewayFrontends;
    private final SslQueries certificates;
    private final RouteQueries routes;
    private final Offers offers;

    OvhFrontendCommands(CommandBus bus, OvhFrontendQueries queries, FarmQueries farms,
                        FrontendQueries scalewayFrontends, SslQueries certificates, RouteQueries routes,
                        Offers offers) {
        this.certificates = certificates;
        this.routes = routes;
        this.offers = offers;
        this.bus = bus;
        this.queries = queries;
        this.farms = farms;
        this.scalewayFrontends = scalewayFrontends;
    }

    public Uni<OvhFrontendView> create(Caller caller, String serviceName, String protocol, FrontendBody body,
                                       UUID correlationId) {
        FrontendBody request = body == null ? FrontendBody.EMPTY : body;
        UUID id = UUID.randomUUID();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> decided(lb.requireSettled(), protocol, request, null).chain(spec -> queries.nextId(lb.id)
                        .map(frontendId -> List.of(lb.context(caller, correlationId).envelope(id, 1,
                                new OvhFrontendCreated(lb.id, protocol, frontendId, spec))))),
                () -> queries.byId(id).map(OvhFrontendQueries.Found::view));
    }

    /** PUT's whole model: every writable property is replaced, port and zone included. */
    public Uni<Void> update(Caller caller, String serviceName, String protocol, long frontendId, FrontendBody body,
                            UUID correlationId) {
        FrontendBody request = body == null ? FrontendBody.EMPTY : body;
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, frontendId).chain(found ->
                        decided(lb, protocol, request, found.frontend().id).map(spec -> List.of(
                                lb.context(caller, correlationId).envelope(found.frontend().id,
                                        found.frontend().version + 1, new OvhFrontendUpdated(spec))))),
                () -> Uni.createFrom().voidItem());
    }

    /**
     * Refused while routes route its traffic, as a farm's deletion is while a route sends to it: the tenant deletes
     * them first (Terraform does, since they depend on the frontend), rather than lose them unseen.
     */
    public Uni<Void> delete(Caller caller, String serviceName, String protocol, long frontendId,
                            UUID correlationId) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, frontendId).call(found -> routes
                        .of(found.frontend().id).invoke(users -> {
                            if (!users.isEmpty()) {
                                throw OvhException.badRequest("Frontend " + frontendId + " has route "
                                        + users.get(0) + ": delete its routes or move them to another frontend"
                                        + " first");
                            }
                        })).map(found -> List.<EventEnvelope>of(
                        lb.context(caller, correlationId).envelope(found.frontend().id,
                                found.frontend().version + 1, new FrontendDeleted()))),
                () -> Uni.createFrom().voidItem());
    }

    /** {@code self}: the frontend being replaced, whose own ports do not count as taken; null on creation. */
    private Uni<OvhFrontendSpec> decided(LbEntity lb, String protocol, FrontendBody request, UUID self) {
        PortList ports = PortList.parse(request.port());
        return defaultFarm(lb, protocol, request.defaultFarmId())
                .chain(farm -> defaultSsl(lb, request).map(ssl -> OvhFrontendSpecs.of(protocol, request, lb, farm,
                        ssl)))
                .call(spec -> queries.liveOf(lb.id).invoke(others -> requireRoom(lb, protocol, ports, others, self)))
                .call(spec -> OvhInput.UDP.equals(protocol) ? Uni.createFrom().voidItem()
                        : scalewayFrontends.liveOf(lb.id).invoke(others -> {
                            for (FrontendEntity other : others) {
                                if (ports.contains(other.inboundPort)) {
                                    throw portTaken(other.inboundPort, "frontend " + other.id);
                                }
                            }
                        }).replaceWithVoid());
    }

    /** The domain id of the default farm, which must be a farm of the same protocol in the service; null: none. */
    private Uni<UUID> defaultFarm(LbEntity lb, String protocol, Long farmId) {
        if (farmId == null) {
            return Uni.createFrom().nullItem();
        }
        return farms.find(lb.id, protocol, farmId).map(found -> found.orElseThrow(() -> OvhInput.invalid(
                "defaultFarmId", "this service has no " + protocol + " farm " + farmId)).farm().id);
    }

    /**
     * The domain id of the default certificate, which must be one of the service's (null: none given); a frontend
     * that deciphers SSL needs the service to have one.
     */
    private Uni<UUID> defaultSsl(LbEntity lb, FrontendBody request) {
        if (request.defaultSslId() != null) {
            return certificates.find(lb.id, request.defaultSslId()).map(found -> found.orElseThrow(() ->
                    OvhInput.invalid("defaultSslId", "this service has no SSL certificate " + request.defaultSslId()))
                    .id);
        }
        if (!OvhInput.flag(request.ssl())) {
            return Uni.createFrom().nullItem();
        }
        return certificates.liveOf(lb.id).map(live -> {
            if (live.isEmpty()) {
                throw OvhInput.invalid("ssl", "SSL deciphering needs a certificate: add one to the service (POST "
                        + "/ssl) first");
            }
            return null;
        });
    }

    /**
     * Within the offer's limit (counting both dialects' frontends) on creation, and on ports no other one holds: a
     * UDP port and a TCP port of the same number are two ports.
     */
    private void requireRoom(LbEntity lb, String protocol, PortList ports, List<OvhFrontendEntity> others,
                             UUID self) {
        if (self == null) {
            Offers.requireWithin("lb_frontends", lb.frontendCount + others.size() + 1L, offers.of(lb).maxFrontends());
        }
        for (OvhFrontendEntity other : others) {
            boolean sameTransport = OvhInput.UDP.equals(protocol) == OvhInput.UDP.equals(other.protocol);
            int shared = other.id.equals(self) || !sameTransport ? -1 : ports.firstShared(PortList.parse(other.port));
            if (shared > 0) {
                throw portTaken(shared, "frontend " + other.frontendId);
            }
        }
    }

    private static OvhException portTaken(int port, String user) {
        return OvhException.conflict("Port " + port + " of this service is already used by " + user);
    }
}
