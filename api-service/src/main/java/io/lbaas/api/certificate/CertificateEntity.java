package io.lbaas.api.certificate;

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

/** The {@code certificate} read model, as the API reads it. */
@Entity
@Immutable
@Table(name = "certificate")
public class CertificateEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String name;
    public String type;
    public String commonName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subjectAlternativeName;
    public String fingerprint;
    public Instant notValidBefore;
    public Instant notValidAfter;
    public String status;
    public String statusDetails;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
