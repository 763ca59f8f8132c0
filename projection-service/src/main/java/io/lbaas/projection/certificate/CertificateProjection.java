package io.lbaas.projection.certificate;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.certificate.CertificateIssued;
import io.lbaas.events.certificate.CertificateRenamed;
import io.lbaas.projection.core.Projector;
import io.lbaas.projection.core.Statements;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/** The {@code certificate} read model. */
@ApplicationScoped
public class CertificateProjection implements Projector {

    private static final String CREATE = """
            INSERT INTO certificate (id, lb_id, organization_id, project_id, region, zone, name, type, common_name,
                                     subject_alternative_name, fingerprint, not_valid_before, not_valid_after,
                                     status, status_details, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17)
            ON CONFLICT (id) DO NOTHING""";
    private static final String RENAME = """
            UPDATE certificate SET name = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String ISSUED = """
            UPDATE certificate SET fingerprint = $4, not_valid_before = $5, not_valid_after = $6, status = 'ready',
                                   status_details = NULL, updated_at = $7, version = $8
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String FAILED = """
            UPDATE certificate SET status = 'error', status_details = $4, updated_at = $5, version = $6
            WHERE id = $1 AND project_id = $2 AND version = $3 AND NOT deleted""";
    private static final String DELETE = Statements.delete("certificate");

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof CertificateCreated created) {
            return List.of(execute(connection, CREATE, Tuple.from(Arrays.asList(event.aggregateId(), created.lbId(),
                    event.organizationId(), event.projectId(), event.region(), event.zone(), created.name(),
                    created.type(), created.commonName(), created.subjectAlternativeName().toArray(String[]::new),
                    created.fingerprint(), utc(created.notValidBefore()), utc(created.notValidAfter()),
                    created.status(), created.statusDetails(), time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof CertificateRenamed renamed) {
            return List.of(execute(connection, RENAME, Tuple.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, renamed.name(), time(event), event.aggregateVersion())));
        }
        if (event.payload() instanceof CertificateIssued issued) {
            return List.of(execute(connection, ISSUED, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.projectId(), event.aggregateVersion() - 1, issued.fingerprint(),
                    utc(issued.notValidBefore()), utc(issued.notValidAfter()), time(event),
                    event.aggregateVersion()))));
        }
        if (event.payload() instanceof CertificateIssueFailed failed) {
            return List.of(execute(connection, FAILED, Tuple.of(event.aggregateId(), event.projectId(),
                    event.aggregateVersion() - 1, failed.reason(), time(event), event.aggregateVersion())));
        }
        if (event.payload() instanceof CertificateDeleted) {
            return List.of(execute(connection, DELETE, Statements.deletion(event)));
        }
        return List.of();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM certificate");
    }
}
