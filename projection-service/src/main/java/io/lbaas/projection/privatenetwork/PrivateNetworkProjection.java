package io.lbaas.projection.privatenetwork;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.privatenetwork.PrivateNetworkAttached;
import io.lbaas.events.privatenetwork.PrivateNetworkDetached;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;
import io.lbaas.events.privatenetwork.PrivateNetworkEvents;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code private_network_attachment} read model, and the {@code private_network_count} of its LB. */
@ApplicationScoped
public class PrivateNetworkProjection implements Projector {

    private static final String ATTACH = """
            WITH attached AS (
                INSERT INTO private_network_attachment (id, lb_id, private_network_id, organization_id, project_id,
                                                        region, zone, ipam_ids, static_addresses, dhcp_ip_id,
                                                        status, created_at, updated_at, version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
                ON CONFLICT (id) DO NOTHING
                RETURNING lb_id)
            UPDATE lb SET private_network_count = private_network_count + 1 FROM attached
            WHERE lb.id = attached.lb_id""";
    private static final String READY = """
            UPDATE private_network_attachment SET status = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DETACH = Statements.deleteChild("private_network_attachment",
            "private_network_count");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof PrivateNetworkAttached attached) {
            return List.of(execute(connection, ATTACH, Tuple.from(Arrays.asList(event.aggregateId(),
                    attached.lbId(), attached.privateNetworkId(), event.organizationId(), event.projectId(),
                    event.region(), event.zone(), attached.ipamIds().toArray(UUID[]::new),
                    attached.staticAddresses() == null ? null : attached.staticAddresses().toArray(String[]::new),
                    attached.dhcpIpId(), PrivateNetworkEvents.STATUS_PENDING, time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof PrivateNetworkReady) {
            return List.of(execute(connection, READY, Tuple.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, PrivateNetworkEvents.STATUS_READY, time(event),
                    event.aggregateVersion())));
        }
        if (event.payload() instanceof PrivateNetworkDetached) {
            return List.of(execute(connection, DETACH, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM private_network_attachment");
    }
}
