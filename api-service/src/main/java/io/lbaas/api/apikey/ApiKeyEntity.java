package io.lbaas.api.apikey;

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

/** The {@code api_key} read model, as its owner lists it. */
@Entity
@Immutable
@Table(name = "api_key")
public class ApiKeyEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organizationId;
    public String accessKey;
    public String secretSha256;
    public String description;
    public String subject;
    public String subjectName;
    public String subjectType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> projectIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean revoked;
}
