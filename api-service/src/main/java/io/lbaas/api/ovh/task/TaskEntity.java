package io.lbaas.api.ovh.task;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The {@code ovh_task} read model: a task of an LB's OVH service, numbered per service. */
@Entity
@Immutable
@Table(name = "ovh_task")
@IdClass(TaskEntity.Key.class)
public class TaskEntity extends PanacheEntityBase {

    @Id
    public UUID lbId;
    @Id
    public long taskId;
    public UUID organizationId;
    public UUID projectId;
    public String action;
    public String status;
    /** Why it failed, for {@code error}; OVH's model has no place for it, the LB's history shows it. */
    public String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> zones;
    public Instant createdAt;
    public Instant doneAt;
    public Instant updatedAt;

    /** The primary key: the service's LB and the task's number in it. */
    public static class Key implements Serializable {
        public UUID lbId;
        public long taskId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.taskId == taskId && Objects.equals(key.lbId, lbId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lbId, taskId);
        }
    }
}
