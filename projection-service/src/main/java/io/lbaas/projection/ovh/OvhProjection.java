package io.lbaas.projection.ovh;

import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhAccessRule;
import io.lbaas.events.ovh.OvhApplicationCreated;
import io.lbaas.events.ovh.OvhApplicationDeleted;
import io.lbaas.events.ovh.OvhCredentialRequested;
import io.lbaas.events.ovh.OvhCredentialValidated;
import io.lbaas.projection.core.Projector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code ovh_application} and {@code ovh_credential} read models, which the API checks OVH clients' signed
 * requests against.
 */
@ApplicationScoped
public class OvhProjection implements Projector {

    private static final String CREATE_APPLICATION = """
            INSERT INTO ovh_application (id, organization_id, application_key, secret_ciphertext, name, description,
                                         subject, subject_name, subject_type, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)
            ON CONFLICT (id) DO NOTHING""";
    private static final String DELETE_APPLICATION = """
            UPDATE ovh_application SET deleted = true, updated_at = $4, version = $5
            WHERE id = $1 AND organization_id = $2 AND version = $3 AND NOT deleted""";
    private static final String REQUEST_CREDENTIAL = """
            INSERT INTO ovh_credential (id, organization_id, application_id, consumer_key_sha256, rule_methods,
                                        rule_paths, redirection, status, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'pendingValidation', $8, $8, $9)
            ON CONFLICT (id) DO NOTHING""";
    private static final String VALIDATE_CREDENTIAL = """
            UPDATE ovh_credential SET status = 'validated', subject = $4, subject_name = $5, subject_type = $6,
                                      project_ids = $7, roles = $8, updated_at = $9, version = $10
            WHERE id = $1 AND organization_id = $2 AND version = $3 AND status = 'pendingValidation'""";

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (event.payload() instanceof OvhApplicationCreated created) {
            return List.of(execute(connection, CREATE_APPLICATION, Tuple.from(List.of(event.aggregateId(),
                    event.organizationId(), created.applicationKey(), created.secretCiphertext(), created.name(),
                    created.description(), created.subject(), created.subjectName(), created.subjectType(),
                    time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof OvhApplicationDeleted) {
            return List.of(execute(connection, DELETE_APPLICATION, previous(event).addValue(time(event))
                    .addValue(event.aggregateVersion())));
        }
        if (event.payload() instanceof OvhCredentialRequested requested) {
            List<OvhAccessRule> rules = requested.accessRules();
            return List.of(execute(connection, REQUEST_CREDENTIAL, Tuple.from(Arrays.asList(event.aggregateId(),
                    event.organizationId(), requested.applicationId(), requested.consumerKeySha256(),
                    rules.stream().map(OvhAccessRule::method).toArray(String[]::new),
                    rules.stream().map(OvhAccessRule::path).toArray(String[]::new), requested.redirection(),
                    time(event), event.aggregateVersion()))));
        }
        if (event.payload() instanceof OvhCredentialValidated validated) {
            return List.of(execute(connection, VALIDATE_CREDENTIAL, previous(event).addValue(validated.subject())
                    .addValue(validated.subjectName()).addValue(validated.subjectType())
                    .addValue(validated.projectIds().toArray(UUID[]::new))
                    .addValue(validated.roles().toArray(String[]::new)).addValue(time(event))
                    .addValue(event.aggregateVersion())));
        }
        return List.of();
    }

    private static Tuple previous(EventEnvelope event) {
        return Tuple.of(event.aggregateId(), event.organizationId(), event.aggregateVersion() - 1);
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM ovh_credential", "DELETE FROM ovh_application");
    }
}
