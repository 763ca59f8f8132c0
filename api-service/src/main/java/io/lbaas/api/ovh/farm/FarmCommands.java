package io.lbaas.api.ovh.farm;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.frontend.OvhFrontendQueries;
import io.lbaas.api.ovh.route.RouteQueries;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFarmCreated;
import io.lbaas.events.ovh.OvhFarmUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Decides the commands on OVH farms, under the project's lock against caught-up state like every command: the farm
 * id is allocated there, so two concurrent creations never get the same one.
 */
@ApplicationScoped
public class FarmCommands {

    private final CommandBus bus;
    private final FarmQueries queries;
    private final OvhFrontendQueries frontends;
    private final RouteQueries routes;
    private final Offers offers;

    FarmCommands(CommandBus bus, FarmQueries queries, OvhFrontendQueries frontends, RouteQueries routes,
                 Offers offers) {
        this.routes = routes;
        this.offers = offers;
        this.bus = bus;
        this.queries = queries;
        this.frontends = frontends;
    }

    public Uni<FarmView> create(Caller caller, String serviceName, String protocol, FarmBody body,
                                UUID correlationId) {
        FarmBody request = body == null ? FarmBody.EMPTY : body;
        UUID id = UUID.randomUUID();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId, lb -> {
            FarmSpec spec = FarmSpecs.of(protocol, request, lb.requireSettled(), null);
            // Farms are backends: the offer's limit counts both dialects' together.
            return queries.liveCount(lb.id).invoke(farms -> Offers.requireWithin("lb_backends",
                            lb.backendCount + farms + 1L, offers.of(lb).maxBackends()))
                    .chain(() -> queries.nextId(lb.id)).map(farmId -> List.of(lb.context(caller, correlationId)
                            .envelope(id, 1, new OvhFarmCreated(lb.id, protocol, farmId, spec))));
        }, () -> queries.byId(id).map(farm -> queries.found(farm).view()));
    }

    /** PUT's whole model: every writable property is replaced, the zone stays. */
    public Uni<Void> update(Caller caller, String serviceName, String protocol, long farmId, FarmBody body,
                            UUID correlationId) {
        FarmBody request = body == null ? FarmBody.EMPTY : body;
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, farmId).map(found -> List.of(
                        lb.context(caller, correlationId).envelope(found.farm().id, found.farm().version + 1,
                                new OvhFarmUpdated(FarmSpecs.of(protocol, request, lb, found.spec().zone()))))),
                () -> Uni.createFrom().voidItem());
    }

    /**
     * Refused while a frontend sends its traffic to the farm by default or a route sends to it (as OVH's API, which
     * keeps no dangling reference); its servers go with it.
     */
    public Uni<Void> delete(Caller caller, String serviceName, String protocol, long farmId, UUID correlationId) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, farmId).chain(found ->
                        frontends.defaultingTo(found.farm().id).map(users -> {
                            if (!users.isEmpty()) {
                                throw OvhException.badRequest("Farm " + farmId + " is the default farm of frontend "
                                        + users.get(0) + ": change or delete that frontend first");
                            }
                            return found;
                        }).call(ignored -> routes.sendingTo(found.farm().id).invoke(users -> {
                            if (!users.isEmpty()) {
                                throw OvhException.badRequest("Farm " + farmId + " is the target of route "
                                        + users.get(0) + ": change or delete that route first");
                            }
                        })).map(ignored -> List.of(lb.context(caller, correlationId).envelope(found.farm().id,
                                found.farm().version + 1, new BackendDeleted())))),
                () -> Uni.createFrom().voidItem());
    }
}
