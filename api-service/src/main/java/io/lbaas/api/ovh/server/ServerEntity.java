package io.lbaas.api.ovh.server;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The {@code ovh_server} read model; {@code spec} is the event contract's FarmServerSpec JSON. */
@Entity
@Immutable
@Table(name = "ovh_server")
@IdClass(ServerEntity.Key.class)
public class ServerEntity extends PanacheEntityBase {

    @Id
    public UUID farm;
    @Id
    public long serverId;
    public UUID lbId;
    public UUID organizationId;
    public UUID projectId;
    public String address;
    public String status;
    public String cookie;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public boolean deleted;

    /** A server is known by its farm and its OVH id. */
    public static class Key implements Serializable {

        public UUID farm;
        public long serverId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.farm.equals(farm) && key.serverId == serverId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(farm, serverId);
        }
    }
}
