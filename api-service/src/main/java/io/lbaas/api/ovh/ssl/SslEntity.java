package io.lbaas.api.ovh.ssl;

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

/** The {@code ovh_ssl} read model: an SSL certificate of an OVH service, as OVH shows it. */
@Entity
@Immutable
@Table(name = "ovh_ssl")
public class SslEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public long sslId;
    public UUID organizationId;
    public UUID projectId;
    public String displayName;
    public String subject;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> san;
    public String fingerprint;
    public String serial;
    public Instant expireDate;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
