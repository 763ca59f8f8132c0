package io.lbaas.projection.ip;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpReleased;
import io.lbaas.events.ip.IpUpdated;
import io.lbaas.projection.core.Projector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code ip} read model: flexible IPs, their load balancer if any, and released ones as tombstones. */
@ApplicationScoped
public class IpProjection implements Projector {

    private static final String ALLOCATE = """
            INSERT INTO ip (id, organization_id, project_id, region, zone, address, ipv6, reverse, tags, created_at,
                            updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE ip SET reverse = $4, tags = $5, updated_at = $6, version = $7
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT released""";
    private static final String ATTACH = """
            UPDATE ip SET lb_id = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT released""";
    private static final String RELEASE = """
            UPDATE ip SET released = true, lb_id = NULL, updated_at = $4, version = $5
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT released""";

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        long previous = event.aggregateVersion() - 1;
        if (event.payload() instanceof IpAllocated allocated) {
            return List.of(execute(connection, ALLOCATE, Tuple.from(List.of(event.aggregateId(),
                    event.organizationId(), event.projectId(), event.region(), event.zone(), allocated.address(),
                    allocated.ipv6(), allocated.reverse(), allocated.tags().toArray(String[]::new), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof IpUpdated updated) {
            return List.of(execute(connection, UPDATE, Tuple.from(List.of(event.aggregateId(), event.projectId(),
                    previous, updated.reverse(), updated.tags().toArray(String[]::new), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof IpAttached attached) {
            return List.of(attach(connection, event, attached.lbId()));
        }
        if (event.payload() instanceof IpDetached) {
            return List.of(attach(connection, event, null));
        }
        if (event.payload() instanceof IpReleased) {
            return List.of(execute(connection, RELEASE, Tuple.of(event.aggregateId(), event.projectId(), previous,
                    time(event), event.aggregateVersion())));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ip");
    }

    private static Uni<Integer> attach(SqlConnection connection, EventEnvelope event, Object lbId) {
        return execute(connection, ATTACH, Tuple.from(Arrays.asList(event.aggregateId(), event.projectId(),
                event.aggregateVersion() - 1, lbId, time(event), event.aggregateVersion())));
    }
}
