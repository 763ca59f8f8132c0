package io.lbaas.projection.ovhssl;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhSslRenamed;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code ovh_ssl} read model: the SSL certificates of OVH services. Their deletion is the certificate
 * aggregate's {@code CertificateDeleted}, which only changes a row of this table when the certificate is an OVH one.
 */
@ApplicationScoped
public class OvhSslProjection implements Projector {

    private static final String ADD = """
            INSERT INTO ovh_ssl (id, lb_id, ssl_id, organization_id, project_id, display_name, subject, san,
                                 fingerprint, serial, expire_date, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
            ON CONFLICT (id) DO NOTHING""";
    private static final String RENAME = """
            UPDATE ovh_ssl SET display_name = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.delete("ovh_ssl");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof OvhSslAdded added) {
            return List.of(execute(connection, ADD, Tuple.from(Arrays.asList(event.aggregateId(), added.lbId(),
                    added.sslId(), event.organizationId(), event.projectId(), added.displayName(), added.subject(),
                    added.san().toArray(String[]::new), added.fingerprint(), added.serial(),
                    added.expireDate().atOffset(ZoneOffset.UTC), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof OvhSslRenamed renamed) {
            return List.of(execute(connection, RENAME, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, renamed.displayName(), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof CertificateDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_ssl");
    }
}
