package io.lbaas.api.backend;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code backend} read model, as the API reads it. {@code spec} is the event contract's BackendSpec JSON. */
@Entity
@Immutable
@Table(name = "backend")
public class BackendEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String name;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
