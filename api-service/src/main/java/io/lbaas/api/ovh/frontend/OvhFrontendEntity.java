package io.lbaas.api.ovh.frontend;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code ovh_frontend} read model; {@code spec} is the event contract's OvhFrontendSpec JSON. */
@Entity
@Immutable
@Table(name = "ovh_frontend")
public class OvhFrontendEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public long frontendId;
    public String protocol;
    public UUID organizationId;
    public UUID projectId;
    public String zone;
    public String port;
    public UUID defaultBackendId;
    public UUID defaultSslId;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
