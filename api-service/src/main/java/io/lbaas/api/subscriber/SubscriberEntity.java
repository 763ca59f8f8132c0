package io.lbaas.api.subscriber;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code subscriber} read model, as the API reads it. */
@Entity
@Immutable
@Table(name = "subscriber")
public class SubscriberEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String name;
    public String email;
    public String webhookUri;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
