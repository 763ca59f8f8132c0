package io.lbaas.api.privatenetwork;

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

/** The {@code private_network_attachment} read model, as the API reads it. */
@Entity
@Immutable
@Table(name = "private_network_attachment")
public class PrivateNetworkEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public UUID privateNetworkId;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> ipamIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> staticAddresses;
    public UUID dhcpIpId;
    public String status;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
