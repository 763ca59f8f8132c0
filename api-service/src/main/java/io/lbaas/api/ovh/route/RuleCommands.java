package io.lbaas.api.ovh.route;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Decides the commands on the rules of OVH routes. Each is one event of the route's aggregate, at its next version,
 * so that concurrent changes of one route are ordered.
 */
@ApplicationScoped
public class RuleCommands {

    /** OVH's documented limit. */
    static final int MAX_RULES = 5;

    private final CommandBus bus;
    private final RouteQueries queries;

    RuleCommands(CommandBus bus, RouteQueries queries) {
        this.bus = bus;
        this.queries = queries;
    }

    public Uni<RuleView> create(Caller caller, String serviceName, String protocol, long routeId, RuleBody body,
                                UUID correlationId) {
        RuleBody request = body == null ? RuleBody.EMPTY : body;
        AtomicLong allocated = new AtomicLong();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, routeId).chain(route -> {
                    var spec = RuleSpecs.of(protocol, request);
                    if (route.rules().size() >= MAX_RULES) {
                        throw OvhException.forbidden("Route " + routeId + " has " + MAX_RULES
                                + " rules, the most a route may have");
                    }
                    return queries.nextRuleId(lb.id).map(ruleId -> {
                        allocated.set(ruleId);
                        return List.of(event(caller, lb, route, correlationId, new OvhRuleAdded(ruleId, spec)));
                    });
                }),
                () -> OvhServices.require(caller, serviceName).chain(lb -> queries.require(lb, protocol, routeId))
                        .map(route -> RuleView.of(allocated.get(),
                                RouteQueries.requireRule(route, allocated.get()).spec())));
    }

    /** PUT's whole model: every writable property is replaced. */
    public Uni<Void> update(Caller caller, String serviceName, String protocol, long routeId, long ruleId,
                            RuleBody body, UUID correlationId) {
        RuleBody request = body == null ? RuleBody.EMPTY : body;
        return onRule(caller, serviceName, protocol, routeId, ruleId, (lb, route) -> event(caller, lb, route,
                correlationId, new OvhRuleUpdated(ruleId, RuleSpecs.of(protocol, request))));
    }

    public Uni<Void> delete(Caller caller, String serviceName, String protocol, long routeId, long ruleId,
                            UUID correlationId) {
        return onRule(caller, serviceName, protocol, routeId, ruleId, (lb, route) -> event(caller, lb, route,
                correlationId, new OvhRuleRemoved(ruleId)));
    }

    private Uni<Void> onRule(Caller caller, String serviceName, String protocol, long routeId, long ruleId,
                             BiFunction<LbEntity, RouteQueries.Found, EventEnvelope> decide) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled(), protocol, routeId).map(route -> {
                    RouteQueries.requireRule(route, ruleId);
                    return List.of(decide.apply(lb, route));
                }),
                () -> Uni.createFrom().voidItem());
    }

    private static EventEnvelope event(Caller caller, LbEntity lb, RouteQueries.Found route, UUID correlationId,
                                       EventPayload payload) {
        return lb.context(caller, correlationId).envelope(route.route().id, route.route().version + 1, payload);
    }
}
