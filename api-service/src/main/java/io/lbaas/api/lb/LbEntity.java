package io.lbaas.api.lb;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.ip.IpEntity;
import io.lbaas.api.subscriber.SubscriberEntity;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.lb.LbEvents;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The {@code lb} read model, as the API reads it. Only the projection-service writes it. */
@Entity
@Immutable
@Table(name = "lb")
public class LbEntity extends PanacheEntityBase {

    private static final Set<String> TRANSIENT = Set.of(LbEvents.STATUS_TO_DELETE, LbEvents.STATUS_DELETING,
            "migrating");

    @Id
    public UUID id;
    public UUID organizationId;
    public UUID projectId;
    public String region;
    public String zone;
    public String name;
    public String description;
    public String type;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;
    public String sslCompatibilityLevel;
    public String status;
    /** Why, as the data plane said; not in Scaleway's answers (the LB's history shows it). */
    public String statusReason;
    /** Once deleted: whether its flexible IPs are released (or only detached) when it is removed. */
    public boolean releaseIps;
    public int frontendCount;
    public int backendCount;
    public int routeCount;
    public int privateNetworkCount;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    public boolean deleted;

    /** Where its alerts go, if anywhere; embedded in every answer about it. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "subscriber_id", insertable = false, updatable = false)
    public SubscriberEntity subscriber;

    /** The flexible IPs serving the LB, embedded in every answer about it. */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "lb_id", insertable = false, updatable = false)
    @SQLRestriction("released = false")
    @OrderBy("createdAt, id")
    public List<IpEntity> ips;

    /** Deleted by its tenant, and not yet taken down by the data plane. */
    public boolean isBeingDeleted() {
        return LbEvents.STATUS_TO_DELETE.equals(status) || LbEvents.STATUS_DELETING.equals(status);
    }

    /**
     * Refuses a change while the LB is going away or moving to another offer. Its children may change while it is
     * being created or applied: the data plane catches up, so tenants never wait for a lock.
     */
    /** The context of a decision on this LB or its children, taken by {@code caller}. */
    public EventContext context(Caller caller, UUID correlationId) {
        return Decisions.context(caller, region, zone, projectId, correlationId);
    }

    public LbEntity requireSettled() {
        if (TRANSIENT.contains(status)) {
            throw ApiException.transientState(LbQueries.RESOURCE, id, status);
        }
        return this;
    }
}
