package io.lbaas.projection.ovhlb;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.OvhFarmCreated;
import io.lbaas.events.ovh.OvhFarmUpdated;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import io.lbaas.events.ovh.OvhServerAdded;
import io.lbaas.events.ovh.OvhServerRemoved;
import io.lbaas.events.ovh.OvhServerUpdated;
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
 * The {@code ovh_farm}, {@code ovh_server} and {@code ovh_frontend} read models of the OVH dialect. A server event
 * moves its farm's version (servers are part of the farm's aggregate) and changes the server only if the farm was
 * at the previous version, in one statement.
 */
@ApplicationScoped
public class OvhLbProjection implements Projector {

    private static final String CREATE_FARM = """
            INSERT INTO ovh_farm (id, lb_id, farm_id, protocol, organization_id, project_id, zone, spec, created_at,
                                  updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE_FARM = """
            UPDATE ovh_farm SET spec = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    /** The farm's version step that every server event starts with; $1 farm, $2 project, $3 previous, $4, $5. */
    private static final String FARM_STEP = """
            WITH farm AS (
                UPDATE ovh_farm SET updated_at = $4, version = $5
                WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted
                RETURNING id, lb_id, organization_id, project_id)
            """;
    private static final String ADD_SERVER = FARM_STEP + """
            INSERT INTO ovh_server (farm, server_id, lb_id, organization_id, project_id, address, status, cookie,
                                    spec, created_at, updated_at)
            SELECT farm.id, $6, farm.lb_id, farm.organization_id, farm.project_id, $7, $8, $9, $10, $4, $4 FROM farm
            ON CONFLICT (farm, server_id) DO NOTHING""";
    private static final String UPDATE_SERVER = FARM_STEP + """
            UPDATE ovh_server SET status = $7, cookie = $8, spec = $9, updated_at = $4
            FROM farm WHERE ovh_server.farm = farm.id AND ovh_server.server_id = $6 AND NOT ovh_server.deleted""";
    private static final String REMOVE_SERVER = FARM_STEP + """
            UPDATE ovh_server SET deleted = true, updated_at = $4
            FROM farm WHERE ovh_server.farm = farm.id AND ovh_server.server_id = $6 AND NOT ovh_server.deleted""";
    private static final String DELETE_FARM = Statements.delete("ovh_farm");
    /** A farm's servers go with it (the farm's row is already at the deletion's version, or was never there). */
    private static final String DELETE_FARM_SERVERS = """
            UPDATE ovh_server SET deleted = true, updated_at = $2
            WHERE farm = $1 AND NOT deleted""";
    private static final String CREATE_FRONTEND = """
            INSERT INTO ovh_frontend (id, lb_id, frontend_id, protocol, organization_id, project_id, zone, port,
                                      default_backend_id, default_ssl_id, spec, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE_FRONTEND = """
            UPDATE ovh_frontend SET zone = $4, port = $5, default_backend_id = $6, default_ssl_id = $7, spec = $8,
                                    updated_at = $9, version = $10
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE_FRONTEND = Statements.delete("ovh_frontend");

    private final EventCodec codec = new EventCodec();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof OvhFarmCreated created) {
            return List.of(execute(connection, CREATE_FARM, Tuple.from(List.of(event.aggregateId(), created.lbId(),
                    created.farmId(), created.protocol(), event.organizationId(), event.projectId(),
                    created.spec().zone(), codec.toJson(created.spec()), time(event), event.aggregateVersion()))));
        }
        if (payload instanceof OvhFarmUpdated updated) {
            return List.of(execute(connection, UPDATE_FARM, Tuple.from(List.of(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, codec.toJson(updated.spec()), time(event),
                    event.aggregateVersion()))));
        }
        if (payload instanceof OvhServerAdded added) {
            return List.of(execute(connection, ADD_SERVER, server(event, added.serverId())
                    .addValue(added.spec().address()).addValue(added.spec().status())
                    .addValue(added.spec().cookie()).addValue(codec.toJson(added.spec()))));
        }
        if (payload instanceof OvhServerUpdated updated) {
            FarmServerSpec spec = updated.spec();
            return List.of(execute(connection, UPDATE_SERVER, server(event, updated.serverId())
                    .addValue(spec.status()).addValue(spec.cookie()).addValue(codec.toJson(spec))));
        }
        if (payload instanceof OvhServerRemoved removed) {
            return List.of(execute(connection, REMOVE_SERVER, server(event, removed.serverId())));
        }
        if (payload instanceof BackendDeleted) {
            return List.of(execute(connection, DELETE_FARM, Statements.deletion(event)),
                    execute(connection, DELETE_FARM_SERVERS, Tuple.of(event.aggregateId(), time(event))));
        }
        if (payload instanceof OvhFrontendCreated created) {
            return List.of(execute(connection, CREATE_FRONTEND, Tuple.from(Arrays.asList(event.aggregateId(),
                    created.lbId(), created.frontendId(), created.protocol(), event.organizationId(),
                    event.projectId(), created.spec().zone(), created.spec().port(),
                    created.spec().defaultBackendId(), created.spec().defaultSslId(), codec.toJson(created.spec()),
                    time(event), event.aggregateVersion()))));
        }
        if (payload instanceof OvhFrontendUpdated updated) {
            return List.of(execute(connection, UPDATE_FRONTEND, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, updated.spec().zone(), updated.spec().port(),
                    updated.spec().defaultBackendId(), updated.spec().defaultSslId(), codec.toJson(updated.spec()),
                    time(event), event.aggregateVersion()))));
        }
        if (payload instanceof FrontendDeleted) {
            return List.of(execute(connection, DELETE_FRONTEND, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_server", "DELETE FROM ovh_farm", "DELETE FROM ovh_frontend");
    }

    /** $1..$5 of {@link #FARM_STEP}, then $6 the server id. */
    private static Tuple server(EventEnvelope event, long serverId) {
        return Tuple.of(event.aggregateId(), event.projectId(), event.aggregateVersion() - 1, time(event),
                event.aggregateVersion()).addValue(serverId);
    }
}
