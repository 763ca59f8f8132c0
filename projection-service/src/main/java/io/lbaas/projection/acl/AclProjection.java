package io.lbaas.projection.acl;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.acl.AclCreated;
import io.lbaas.events.acl.AclDeleted;
import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.acl.AclUpdated;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code acl} read model. */
@ApplicationScoped
public class AclProjection implements Projector {

    private static final String CREATE = """
            INSERT INTO acl (id, frontend_id, lb_id, organization_id, project_id, region, zone, name, position, spec,
                             created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE acl SET name = $4, position = $5, spec = $6, updated_at = $7, version = $8
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.delete("acl");

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof AclCreated created) {
            AclSpec spec = created.spec();
            return List.of(execute(connection, CREATE, Tuple.from(List.of(event.aggregateId(), created.frontendId(),
                    created.lbId(), event.organizationId(), event.projectId(), event.region(), event.zone(),
                    spec.name(), spec.index(), codec.toJson(spec), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof AclUpdated updated) {
            AclSpec spec = updated.spec();
            return List.of(execute(connection, UPDATE, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, spec.name(), spec.index(), codec.toJson(spec), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof AclDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM acl");
    }
}
