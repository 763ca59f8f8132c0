package io.lbaas.api.frontend;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code frontend} read model, as the API reads it. {@code spec} is the event contract's FrontendSpec JSON. */
@Entity
@Immutable
@Table(name = "frontend")
public class FrontendEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public UUID backendId;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String name;
    public int inboundPort;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
