package io.lbaas.api.backend;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.ovh.farm.FarmQueries;
import io.lbaas.api.route.RouteQueries;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendHealthCheckUpdated;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.BackendUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Decides the commands on backends, against caught-up state and the limits of their load balancer's offer. */
@ApplicationScoped
public class BackendCommands {

    private static final BackendRequest EMPTY = new BackendRequest(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private final CommandBus bus;
    private final BackendQueries queries;
    private final LbQueries lbs;
    private final Offers offers;
    private final FrontendQueries frontends;
    private final RouteQueries routes;
    private final FarmQueries farms;

    BackendCommands(CommandBus bus, BackendQueries queries, LbQueries lbs, Offers offers,
                    FrontendQueries frontends, RouteQueries routes, FarmQueries farms) {
        this.farms = farms;
        this.bus = bus;
        this.queries = queries;
        this.lbs = lbs;
        this.offers = offers;
        this.frontends = frontends;
        this.routes = routes;
    }

    public Uni<BackendView> create(Caller caller, Locality locality, UUID lbId, BackendRequest request,
                                   UUID correlationId) {
        Arguments arguments = new Arguments();
        BackendSpec spec = BackendSpecs.forCreate(request == null ? EMPTY : request, arguments);
        arguments.throwIfAny();
        UUID id = UUID.randomUUID();
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> queries.liveOf(lb.requireSettled().id).chain(existing -> farms.liveCount(lb.id).map(ovh -> {
                    // The offer's limit counts the backends both dialects made (OVH's farms).
                    Offers.requireWithin("lb_backends", existing.size() + ovh + 1L, offers.of(lb).maxBackends());
                    requireServersWithin(lb, spec.pool());
                    return List.of(lb.context(caller, correlationId).envelope(id, 1, new BackendCreated(lb.id, spec)));
                })),
                () -> queries.require(caller, locality, id).map(BackendQueries.Found::view));
    }

    public Uni<BackendView> update(Caller caller, Locality locality, UUID id, BackendRequest request,
                                   UUID correlationId) {
        Arguments arguments = new Arguments();
        UnaryOperator<BackendSpec> update = BackendSpecs.forUpdate(request == null ? EMPTY : request, arguments);
        arguments.throwIfAny();
        return change(caller, locality, id, correlationId, found -> new BackendUpdated(update.apply(found.spec())),
                viewOf(caller, locality, id));
    }

    /**
     * Refused while a frontend or a route passes traffic to the backend: deleting it would leave them nowhere to
     * send it.
     */
    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.backend().projectId,
                found -> frontends.using(id).chain(users -> {
                    found.lb().requireSettled();
                    if (!users.isEmpty()) {
                        throw stillInUse("frontend " + users.get(0).id);
                    }
                    return routes.using(id);
                }).map(routesToIt -> {
                    if (!routesToIt.isEmpty()) {
                        throw stillInUse("route " + routesToIt.get(0).id);
                    }
                    return List.of(found.lb().context(caller, correlationId)
                            .envelope(id, found.backend().version + 1, new BackendDeleted()));
                }),
                () -> Uni.createFrom().voidItem());
    }

    private static ApiException stillInUse(String user) {
        return ApiException.preconditionFailed("resource_still_in_use", user + " passes traffic to this backend: "
                + "delete it or point it to another backend first");
    }

    /** Adds servers after the existing ones; servers already there are not added twice. */
    public Uni<BackendView> addServers(Caller caller, Locality locality, UUID id, ServersRequest request,
                                       UUID correlationId) {
        List<String> added = servers(request);
        return changePool(caller, locality, id, correlationId, current -> {
            Set<String> pool = new LinkedHashSet<>(current);
            pool.addAll(added);
            return List.copyOf(pool);
        });
    }

    public Uni<BackendView> removeServers(Caller caller, Locality locality, UUID id, ServersRequest request,
                                          UUID correlationId) {
        List<String> removed = servers(request);
        return changePool(caller, locality, id, correlationId, current -> {
            List<String> pool = new ArrayList<>(current);
            pool.removeAll(removed);
            return List.copyOf(pool);
        });
    }

    public Uni<BackendView> setServers(Caller caller, Locality locality, UUID id, ServersRequest request,
                                       UUID correlationId) {
        List<String> pool = servers(request);
        return changePool(caller, locality, id, correlationId, current -> pool);
    }

    public Uni<HealthCheckView> updateHealthCheck(Caller caller, Locality locality, UUID id,
                                                  HealthCheckRequest request, UUID correlationId) {
        if (request == null) {
            throw ApiException.invalidArgument("body", Arguments.REQUIRED, "a health check is required");
        }
        Arguments arguments = new Arguments();
        BackendSpecs.healthCheck(request, 1, "", arguments);
        arguments.throwIfAny();
        return change(caller, locality, id, correlationId, found -> new BackendHealthCheckUpdated(
                        BackendSpecs.healthCheck(request, found.spec().forwardPort(), "", new Arguments())),
                () -> queries.require(caller, locality, id)
                        .map(found -> HealthCheckView.of(found.spec().healthCheck())));
    }

    private Uni<BackendView> changePool(Caller caller, Locality locality, UUID id, UUID correlationId,
                                        Function<List<String>, List<String>> change) {
        return change(caller, locality, id, correlationId, found -> {
            List<String> pool = change.apply(found.spec().pool());
            requireServersWithin(found.lb(), pool);
            return new BackendPoolChanged(pool);
        }, viewOf(caller, locality, id));
    }

    /** One event on an existing backend, at its next version. */
    private <R> Uni<R> change(Caller caller, Locality locality, UUID id, UUID correlationId,
                              Function<BackendQueries.Found, EventPayload> decide, Supplier<Uni<R>> answer) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.backend().projectId,
                found -> Uni.createFrom().item(List.of(found.lb().requireSettled().context(caller, correlationId)
                        .envelope(id, found.backend().version + 1, decide.apply(found)))),
                answer);
    }

    private Supplier<Uni<BackendView>> viewOf(Caller caller, Locality locality, UUID id) {
        return () -> queries.require(caller, locality, id).map(BackendQueries.Found::view);
    }

    private void requireServersWithin(LbEntity lb, List<String> pool) {
        Offers.requireWithin("lb_backend_servers", pool.size(), offers.of(lb).maxServersPerBackend());
    }

    private static List<String> servers(ServersRequest request) {
        if (request == null || request.serverIp() == null) {
            throw ApiException.invalidArgument("server_ip", Arguments.REQUIRED, "a list of server addresses");
        }
        Arguments arguments = new Arguments();
        List<String> servers = BackendSpecs.servers(request.serverIp(), "server_ip", arguments);
        arguments.throwIfAny();
        return servers;
    }
}
