package io.lbaas.api.ovh.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code ovh_credential} read model: a consumer key, pending or validated. Only the projection writes it. */
@Entity
@Immutable
@Table(name = "ovh_credential")
public class OvhCredentialEntity extends PanacheEntityBase {

    public static final String PENDING = "pendingValidation";
    public static final String VALIDATED = "validated";

    @Id
    public UUID id;
    public UUID organizationId;
    public UUID applicationId;
    public String consumerKeySha256;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> ruleMethods;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> rulePaths;
    public String redirection;
    public String status;
    public String subject;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
