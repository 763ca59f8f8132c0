package io.lbaas.api.ovh.route;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.frontend.OvhFrontendQueries;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRouteUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import static io.lbaas.api.ovh.service.OvhInput.invalid;

/**
 * Decides the commands on OVH routes, under the project's lock against caught-up state: a farm action sends to a
 * farm of the route's protocol in the service, and the frontend is one of the route's protocol too.
 */
@ApplicationScoped
public class RouteCommands {

    /** OVH's documented limit. */
    static final int MAX_ROUTES = 50;

    private final CommandBus bus;
    private final RouteQueries queries;
    private final FarmQueries farms;
    private final OvhFrontendQueries frontends;

    RouteCommands(CommandBus bus, RouteQueries queries, FarmQueries farms, OvhFrontendQueries frontends) {
        this.bus = bus;
        this.queries = queries;
        this.farms = farms;
        this.frontends = frontends;
    }

    public Uni<RouteView> create(Caller caller, String serviceName, String protocol, RouteBody body,
                                 UUID correlationId) {
        RouteBody request = body == null ? RouteBody.EMPTY : body;
        UUID id = UUID.randomUUID();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> decided(lb.requireSettled(), protocol, request)
                        .call(spec -> queries.liveCount(lb.id).invoke(routes -> {
                            if (routes >= MAX_ROUTES) {
                                throw OvhException.forbidden("This service has " + MAX_ROUTES
                                        + " routes, the most it may have");
                            }
                        }))
                        .chain(spec -> queries.nextId(lb.id).map(routeId -> List.of(lb.context(caller,
                                correlationId).envelope(id, 1, new OvhRouteCreated(lb.id, protocol, routeId,
                                spec))))),
                () -> queries.byId(id).map(RouteQueries.Found::view));
    }

    /** PUT's whole model: every writable property is replaced; the rules stay. */
    public Uni<Void> update(Caller caller, String serviceName, String protocol, long routeId, RouteBody body,
                            UUID correlationId) {
        RouteBody request = body == null ? RouteBody.EMPTY : body;
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, routeId).chain(found ->
                        decided(lb, protocol, request).map(spec -> List.of(lb.context(caller, correlationId)
                                .envelope(found.route().id, found.route().version + 1,
                                        new OvhRouteUpdated(spec))))),
                () -> Uni.createFrom().voidItem());
    }

    /** Its rules go with it. */
    public Uni<Void> delete(Caller caller, String serviceName, String protocol, long routeId, UUID correlationId) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, routeId).map(found -> List.<EventEnvelope>of(
                        lb.context(caller, correlationId).envelope(found.route().id, found.route().version + 1,
                                new OvhRouteDeleted()))),
                () -> Uni.createFrom().voidItem());
    }

    private Uni<OvhRouteSpec> decided(LbEntity lb, String protocol, RouteBody request) {
        Long farmId = RouteSpecs.farmId(protocol, request);
        Uni<UUID> farm = farmId == null ? Uni.createFrom().nullItem()
                : farms.find(lb.id, protocol, farmId).map(found -> found.orElseThrow(() -> invalid("action.target",
                        "this service has no " + protocol + " farm " + farmId)).farm().id);
        Long frontendId = request.frontendId();
        return farm.chain(farmUuid -> (frontendId == null ? Uni.createFrom().<UUID>nullItem()
                : frontends.idOf(lb.id, protocol, frontendId).map(found -> found.orElseThrow(() -> invalid(
                        "frontendId", "this service has no " + protocol + " frontend " + frontendId))))
                .map(frontendUuid -> RouteSpecs.of(protocol, request, farmUuid, frontendUuid)));
    }
}
