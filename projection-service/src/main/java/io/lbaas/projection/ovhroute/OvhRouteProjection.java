package io.lbaas.projection.ovhroute;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRouteUpdated;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code ovh_route} and {@code ovh_rule} read models of the OVH dialect. A rule event moves its route's version
 * (rules are part of the route's aggregate) and changes the rule only if the route was at the previous version, in
 * one statement. {@code frontend} and {@code farm} are copied out of the spec so that deleting a frontend or a farm
 * finds the routes that use it.
 */
@ApplicationScoped
public class OvhRouteProjection implements Projector {

    private static final String CREATE_ROUTE = """
            INSERT INTO ovh_route (id, lb_id, route_id, protocol, organization_id, project_id, frontend, farm, spec,
                                   created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7::uuid, $8::uuid, $9, $10, $10, $11)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE_ROUTE = """
            UPDATE ovh_route SET frontend = $4::uuid, farm = $5::uuid, spec = $6, updated_at = $7, version = $8
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    /** The route's version step that every rule event starts with; $1 route, $2 project, $3 previous, $4, $5. */
    private static final String ROUTE_STEP = """
            WITH route AS (
                UPDATE ovh_route SET updated_at = $4, version = $5
                WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted
                RETURNING id, lb_id, organization_id, project_id)
            """;
    private static final String ADD_RULE = ROUTE_STEP + """
            INSERT INTO ovh_rule (route, rule_id, lb_id, organization_id, project_id, spec, created_at, updated_at)
            SELECT route.id, $6, route.lb_id, route.organization_id, route.project_id, $7, $4, $4 FROM route
            ON CONFLICT (route, rule_id) DO NOTHING""";
    private static final String UPDATE_RULE = ROUTE_STEP + """
            UPDATE ovh_rule SET spec = $7, updated_at = $4
            FROM route WHERE ovh_rule.route = route.id AND ovh_rule.rule_id = $6 AND NOT ovh_rule.deleted""";
    private static final String REMOVE_RULE = ROUTE_STEP + """
            UPDATE ovh_rule SET deleted = true, updated_at = $4
            FROM route WHERE ovh_rule.route = route.id AND ovh_rule.rule_id = $6 AND NOT ovh_rule.deleted""";
    private static final String DELETE_ROUTE = Statements.delete("ovh_route");
    /** A route's rules go with it (the route's row is already at the deletion's version, or was never there). */
    private static final String DELETE_ROUTE_RULES = """
            UPDATE ovh_rule SET deleted = true, updated_at = $2
            WHERE route = $1 AND NOT deleted""";

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof OvhRouteCreated created) {
            OvhRouteSpec spec = created.spec();
            return List.of(execute(connection, CREATE_ROUTE, Tuple.from(Arrays.asList(event.aggregateId(),
                    created.lbId(), created.routeId(), created.protocol(), event.organizationId(),
                    event.projectId(), spec.frontend(), spec.action().farm(), codec.toJson(spec), time(event),
                    event.aggregateVersion()))));
        }
        if (payload instanceof OvhRouteUpdated updated) {
            OvhRouteSpec spec = updated.spec();
            return List.of(execute(connection, UPDATE_ROUTE, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, spec.frontend(), spec.action().farm(),
                    codec.toJson(spec), time(event), event.aggregateVersion()))));
        }
        if (payload instanceof OvhRuleAdded added) {
            return List.of(execute(connection, ADD_RULE, rule(event, added.ruleId())
                    .addValue(codec.toJson(added.spec()))));
        }
        if (payload instanceof OvhRuleUpdated updated) {
            return List.of(execute(connection, UPDATE_RULE, rule(event, updated.ruleId())
                    .addValue(codec.toJson(updated.spec()))));
        }
        if (payload instanceof OvhRuleRemoved removed) {
            return List.of(execute(connection, REMOVE_RULE, rule(event, removed.ruleId())));
        }
        if (payload instanceof OvhRouteDeleted) {
            return List.of(execute(connection, DELETE_ROUTE, Statements.deletion(event)),
                    execute(connection, DELETE_ROUTE_RULES, Tuple.of(event.aggregateId(), time(event))));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_rule", "DELETE FROM ovh_route");
    }

    /** $1..$5 of {@link #ROUTE_STEP}, then $6 the rule id. */
    private static Tuple rule(EventEnvelope event, long ruleId) {
        return Tuple.of(event.aggregateId(), event.projectId(), event.aggregateVersion() - 1, time(event),
                event.aggregateVersion()).addValue(ruleId);
    }
}
