package io.lbaas.api.ovh.route;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * The {@code ovh_route} read model; {@code spec} is the event contract's OvhRouteSpec JSON, {@code frontend} and
 * {@code farm} its frontend and its farm action's target (domain ids).
 */
@Entity
@Immutable
@Table(name = "ovh_route")
public class OvhRouteEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID lbId;
    public long routeId;
    public String protocol;
    public UUID organizationId;
    public UUID projectId;
    public UUID frontend;
    public UUID farm;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;
}
