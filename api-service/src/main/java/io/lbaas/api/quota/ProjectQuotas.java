package io.lbaas.api.quota;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.ip.IpEntity;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.subscriber.SubscriberEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Enforces the per-project quotas inside a decision, under the project's lock and against caught-up state, so that
 * concurrent creations cannot pass a quota together. Over it, the answer is Scaleway's {@code quotas_exceeded}.
 */
@ApplicationScoped
public class ProjectQuotas {

    private final QuotaConfig config;

    ProjectQuotas(QuotaConfig config) {
        this.config = config;
    }

    public Uni<Void> requireLbs(UUID project, int adding) {
        return within("lbs", config.lbsPerProject(), project, adding,
                LbEntity.count("projectId = ?1 and deleted = false", project));
    }

    public Uni<Void> requireIps(UUID project, int adding) {
        return within("ips", config.ipsPerProject(), project, adding,
                IpEntity.count("projectId = ?1 and released = false", project));
    }

    public Uni<Void> requireSubscribers(UUID project, int adding) {
        return within("subscribers", config.subscribersPerProject(), project, adding,
                SubscriberEntity.count("projectId = ?1 and deleted = false", project));
    }

    private static Uni<Void> within(String resource, int quota, UUID project, int adding, Uni<Long> count) {
        if (adding == 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> count).invoke(current -> {
            if (current + adding > quota) {
                throw ApiException.projectQuotaExceeded(resource, quota, current + adding, project);
            }
        }).replaceWithVoid();
    }
}
