package io.lbaas.projection.frontend;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.frontend.FrontendCreated;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.frontend.FrontendUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code frontend} read model, and the {@code frontend_count} of its load balancer. */
@ApplicationScoped
public class FrontendProjection implements Projector {

    private static final String CREATE = """
            WITH created AS (
                INSERT INTO frontend (id, lb_id, backend_id, organization_id, project_id, region, zone, name,
                                      inbound_port, spec, created_at, updated_at, version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
                ON CONFLICT (id) DO NOTHING
                RETURNING lb_id)
            UPDATE lb SET frontend_count = frontend_count + 1 FROM created WHERE lb.id = created.lb_id""";
    private static final String UPDATE = """
            UPDATE frontend SET backend_id = $4, name = $5, inbound_port = $6, spec = $7, updated_at = $8,
                                version = $9
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.deleteChild("frontend", "frontend_count");

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof FrontendCreated created) {
            FrontendSpec spec = created.spec();
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(), created.lbId(),
                    spec.backendId(), event.organizationId(), event.projectId(), event.region(), event.zone(),
                    spec.name(), spec.inboundPort(), codec.toJson(spec), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof FrontendUpdated updated) {
            FrontendSpec spec = updated.spec();
            return List.of(execute(connection, UPDATE, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, spec.backendId(), spec.name(), spec.inboundPort(),
                    codec.toJson(spec), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof FrontendDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM frontend");
    }
}
