package io.lbaas.api.ovh.route;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.farm.FarmEntity;
import io.lbaas.api.ovh.frontend.OvhFrontendEntity;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.events.EventCodec;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteEvents;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRuleSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the {@code ovh_route} and {@code ovh_rule} read models, always within one service the caller may see. */
@ApplicationScoped
public class RouteQueries {

    private final EventCodec codec = new EventCodec();

    /** A live route with its settings, the OVH ids of its frontend and farm (null: none) and its live rules. */
    public record Found(OvhRouteEntity route, OvhRouteSpec spec, Long frontendId, Long farmId, List<Rule> rules) {

        RouteView view() {
            OvhRouteAction action = spec.action();
            String target = action.farm() != null ? String.valueOf(farmId) : action.location();
            return new RouteView(RouteView.action(route.protocol, action.type(), target, action.status()),
                    spec.displayName(), frontendId, route.routeId,
                    rules.stream().map(rule -> RuleView.Embedded.of(rule.ruleId(), rule.spec())).toList(),
                    RouteView.OK, spec.weight());
        }
    }

    /** A live rule of a route. */
    public record Rule(long ruleId, OvhRuleSpec spec) {
    }

    Uni<Found> require(LbEntity lb, String protocol, long routeId) {
        return Panache.withSession(() -> OvhRouteEntity.<OvhRouteEntity>find(
                        "lbId = ?1 and routeId = ?2 and protocol = ?3 and deleted = false", lb.id, routeId, protocol)
                .firstResult())
                .chain(route -> {
                    if (route == null) {
                        throw OvhException.notFound("The requested object (routeId = " + routeId
                                + ") does not exist");
                    }
                    return found(route);
                });
    }

    Uni<Found> byId(UUID id) {
        return Panache.withSession(() -> OvhRouteEntity.<OvhRouteEntity>findById(id)).chain(this::found);
    }

    /**
     * The ids of the service's routes of {@code protocol} in the order they are evaluated, those of one frontend if
     * {@code frontendId} is set (none if it is no frontend of the service).
     */
    Uni<List<Long>> ids(LbEntity lb, String protocol, Long frontendId) {
        Uni<List<OvhRouteEntity>> routes = frontendId == null
                ? Panache.withSession(() -> OvhRouteEntity.list("lbId = ?1 and protocol = ?2 and deleted = false",
                        lb.id, protocol))
                : Panache.withSession(() -> OvhRouteEntity.list("lbId = ?1 and protocol = ?2 and deleted = false"
                        + " and frontend = (select f.id from OvhFrontendEntity f where f.lbId = ?1"
                        + " and f.frontendId = ?3 and f.protocol = ?2 and f.deleted = false)", lb.id, protocol,
                        frontendId));
        record Listed(long routeId, OvhRouteSpec spec) {
        }
        return routes.map(list -> list.stream().map(route -> new Listed(route.routeId, spec(route)))
                .sorted(OvhRouteEvents.evaluationOrder(Listed::spec, Listed::routeId)).map(Listed::routeId)
                .toList());
    }

    /** The live routes of a load balancer: its deletion deletes them. */
    public Uni<List<OvhRouteEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> OvhRouteEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    Uni<Long> liveCount(UUID lbId) {
        return Panache.withSession(() -> OvhRouteEntity.count("lbId = ?1 and deleted = false", lbId));
    }

    /** The OVH ids of the live routes sending to {@code farm}. */
    public Uni<List<Long>> sendingTo(UUID farm) {
        return OvhServices.longs("select r.routeId from OvhRouteEntity r where r.farm = :farm and r.deleted = false"
                + " order by r.routeId", Map.of("farm", farm));
    }

    /** The OVH ids of the live routes of {@code frontend}. */
    public Uni<List<Long>> of(UUID frontend) {
        return OvhServices.longs("select r.routeId from OvhRouteEntity r where r.frontend = :frontend"
                + " and r.deleted = false order by r.routeId", Map.of("frontend", frontend));
    }

    /** One more than the largest route id the service ever had, deleted routes included: ids are never reused. */
    Uni<Long> nextId(UUID lbId) {
        return OvhServices.nextId("OvhRouteEntity", "routeId", lbId);
    }

    static Rule requireRule(Found route, long ruleId) {
        return route.rules().stream().filter(rule -> rule.ruleId() == ruleId).findFirst()
                .orElseThrow(() -> OvhException.notFound("The requested object (ruleId = " + ruleId
                        + ") does not exist"));
    }

    /** One more than the largest rule id the service ever had: rule ids are unique in a service. */
    Uni<Long> nextRuleId(UUID lbId) {
        return OvhServices.nextId("OvhRuleEntity", "ruleId", lbId);
    }

    private Uni<Found> found(OvhRouteEntity route) {
        OvhRouteSpec spec = spec(route);
        return Panache.withSession(() -> OvhRuleEntity.<OvhRuleEntity>list(
                        "route = ?1 and deleted = false order by ruleId", route.id)
                .chain(rules -> ovhId(OvhFrontendEntity.class, "frontendId", spec.frontend())
                        .chain(frontendId -> ovhId(FarmEntity.class, "farmId", spec.action().farm())
                                .map(farmId -> new Found(route, spec, frontendId, farmId, rules.stream()
                                        .map(rule -> new Rule(rule.ruleId,
                                                codec.fromJson(rule.spec, OvhRuleSpec.class))).toList())))));
    }

    /** The OVH id ({@code property}) of the frontend or farm with domain id {@code id}, whatever its state. */
    private static Uni<Long> ovhId(Class<?> entity, String property, UUID id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return OvhServices.longs("select e." + property + " from " + entity.getSimpleName() + " e where e.id = :id",
                Map.of("id", id)).map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    private OvhRouteSpec spec(OvhRouteEntity route) {
        return codec.fromJson(route.spec, OvhRouteSpec.class);
    }
}
