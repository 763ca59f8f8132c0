package io.lbaas.api.ovh.server;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.OvhServerAdded;
import io.lbaas.events.ovh.OvhServerRemoved;
import io.lbaas.events.ovh.OvhServerUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Decides the commands on the servers of OVH farms. Each is one event of the farm's backend aggregate, at its next
 * version, so that concurrent changes of one farm are ordered like changes of a Scaleway pool.
 */
@ApplicationScoped
public class ServerCommands {

    private final CommandBus bus;
    private final ServerQueries queries;
    private final FarmQueries farms;
    private final Offers offers;

    ServerCommands(CommandBus bus, ServerQueries queries, FarmQueries farms, Offers offers) {
        this.offers = offers;
        this.bus = bus;
        this.queries = queries;
        this.farms = farms;
    }

    public Uni<ServerView> create(Caller caller, String serviceName, String protocol, long farmId, ServerBody body,
                                  UUID correlationId) {
        ServerBody request = body == null ? ServerBody.EMPTY : body;
        AtomicLong allocated = new AtomicLong();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> farms.require(lb.requireSettled(), protocol, farmId).chain(farm -> {
                    FarmServerSpec spec = ServerSpecs.of(protocol, request, null);
                    return queries.liveCount(farm)
                            .invoke(servers -> Offers.requireWithin("lb_backend_servers", servers + 1L,
                                    offers.of(lb).maxServersPerBackend()))
                            .chain(() -> queries.nextId(lb.id))
                            .map(serverId -> {
                                allocated.set(serverId);
                                return List.of(event(caller, lb, farm, correlationId,
                                        new OvhServerAdded(serverId, spec)));
                            });
                }),
                () -> queries.require(caller, serviceName, protocol, farmId, allocated.get())
                        .map(ServerQueries.Found::view));
    }

    /** PUT's whole model: every writable property is replaced, the address stays. */
    public Uni<Void> update(Caller caller, String serviceName, String protocol, long farmId, long serverId,
                            ServerBody body, UUID correlationId) {
        ServerBody request = body == null ? ServerBody.EMPTY : body;
        return onServer(caller, serviceName, protocol, farmId, serverId, (lb, found) -> event(caller, lb,
                found.farm(), correlationId, new OvhServerUpdated(serverId,
                        ServerSpecs.of(protocol, request, found.spec().address()))));
    }

    public Uni<Void> delete(Caller caller, String serviceName, String protocol, long farmId, long serverId,
                            UUID correlationId) {
        return onServer(caller, serviceName, protocol, farmId, serverId, (lb, found) -> event(caller, lb,
                found.farm(), correlationId, new OvhServerRemoved(serverId)));
    }

    private Uni<Void> onServer(Caller caller, String serviceName, String protocol, long farmId, long serverId,
                               BiFunction<LbEntity, ServerQueries.Found, EventEnvelope> decide) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> farms.require(lb.requireSettled(), protocol, farmId).chain(farm -> queries.require(farm,
                        serverId)).map(found -> List.of(decide.apply(lb, found))),
                () -> Uni.createFrom().voidItem());
    }

    private static EventEnvelope event(Caller caller, LbEntity lb, FarmQueries.Found farm, UUID correlationId,
                                       EventPayload payload) {
        return Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId)
                .envelope(farm.farm().id, farm.farm().version + 1, payload);
    }
}
