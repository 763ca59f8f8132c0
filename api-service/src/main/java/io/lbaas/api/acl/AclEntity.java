package io.lbaas.api.acl;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code acl} read model, as the API reads it. {@code spec} is the event contract's AclSpec JSON. */
@Entity
@Immutable
@Table(name = "acl")
public class AclEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID frontendId;
    public UUID lbId;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String name;
    public int position;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
