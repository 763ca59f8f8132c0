package io.lbaas.api.ip;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code ip} read model, as the API reads it. */
@Entity
@Immutable
@Table(name = "ip")
public class IpEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String address;
    public boolean ipv6;
    public String reverse;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;
    /** Also the join column of {@link io.lbaas.api.lb.LbEntity#ips}, hence its explicit name. */
    @Column(name = "lb_id")
    public UUID lbId;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean released;
}
