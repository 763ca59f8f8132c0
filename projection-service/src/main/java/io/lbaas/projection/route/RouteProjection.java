package io.lbaas.projection.route;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.route.RouteCreated;
import io.lbaas.events.route.RouteDeleted;
import io.lbaas.events.route.RouteSpec;
import io.lbaas.events.route.RouteUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code route} read model, and the {@code route_count} of its load balancer. */
@ApplicationScoped
public class RouteProjection implements Projector {

    private static final String CREATE = """
            WITH created AS (
                INSERT INTO route (id, frontend_id, backend_id, lb_id, organization_id, project_id, region, zone,
                                   spec, created_at, updated_at, version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)
                ON CONFLICT (id) DO NOTHING
                RETURNING lb_id)
            UPDATE lb SET route_count = route_count + 1 FROM created WHERE lb.id = created.lb_id""";
    private static final String UPDATE = """
            UPDATE route SET backend_id = $4, spec = $5, updated_at = $6, version = $7
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.deleteChild("route", "route_count");

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof RouteCreated created) {
            RouteSpec spec = created.spec();
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(), created.frontendId(),
                    spec.backendId(), created.lbId(), event.organizationId(), event.projectId(), event.region(),
                    event.zone(), codec.toJson(spec), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof RouteUpdated updated) {
            RouteSpec spec = updated.spec();
            return List.of(execute(connection, UPDATE, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, spec.backendId(), codec.toJson(spec), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof RouteDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM route");
    }
}
