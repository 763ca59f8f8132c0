package io.lbaas.api.ovh.farm;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code ovh_farm} read model; {@code spec} is the event contract's FarmSpec JSON. */
@Entity
@Immutable
@Table(name = "ovh_farm")
public class FarmEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public long farmId;
    public String protocol;
    public UUID organizationId;
    public UUID projectId;
    public String zone;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
