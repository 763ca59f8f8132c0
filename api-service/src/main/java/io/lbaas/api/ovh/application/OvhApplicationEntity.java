package io.lbaas.api.ovh.application;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** The {@code ovh_application} read model. Only the projection-service writes it. */
@Entity
@Immutable
@Table(name = "ovh_application")
public class OvhApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organizationId;
    public String applicationKey;
    public String secretCiphertext;
    public String name;
    public String description;
    public String subject;
    public String subjectName;
    public String subjectType;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
