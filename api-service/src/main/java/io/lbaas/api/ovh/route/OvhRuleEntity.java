package io.lbaas.api.ovh.route;

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

/** The {@code ovh_rule} read model; {@code spec} is the event contract's OvhRuleSpec JSON. */
@Entity
@Immutable
@Table(name = "ovh_rule")
@IdClass(OvhRuleEntity.Key.class)
public class OvhRuleEntity extends PanacheEntityBase {

    @Id
    public UUID route;
    @Id
    public long ruleId;
    public UUID lbId;
    public UUID organizationId;
    public UUID projectId;
    public String spec;
    public Instant createdAt;
    public Instant updatedAt;
    public boolean deleted;

    /** A rule is known by its route and its OVH id. */
    public static class Key implements Serializable {

        public UUID route;
        public long ruleId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.route.equals(route) && key.ruleId == ruleId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(route, ruleId);
        }
    }
}
