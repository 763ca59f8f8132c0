package io.lbaas.api.subscriber;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads of the {@code subscriber} read model: subscribers are regional, within what the caller may see. */
@ApplicationScoped
public class SubscriberQueries {

    static final String RESOURCE = "lb_subscriber";

    public Uni<SubscriberEntity> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> SubscriberEntity.<SubscriberEntity>findById(id))
                .map(subscriber -> {
                    if (subscriber == null || subscriber.deleted || !subscriber.region.equals(locality.region())
                            || !caller.mayAccess(subscriber.organizationId, subscriber.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return subscriber;
                });
    }

    public Uni<ListSubscriberResponse> list(Caller caller, Locality locality, String name, UUID organizationId,
                                            UUID projectId, PageRequest page) {
        Set<UUID> projects = new HashSet<>(caller.projectIds());
        if (projectId != null) {
            projects.retainAll(Set.of(projectId));
        }
        boolean otherOrganization = organizationId != null && !organizationId.equals(caller.organizationId());
        if (caller.grantsNothing() || projects.isEmpty() || otherOrganization) {
            return Uni.createFrom().item(new ListSubscriberResponse(List.of(), 0));
        }
        StringBuilder where = new StringBuilder(
                "organizationId = :organization and projectId in :projects and region = :region and deleted = false");
        Parameters parameters = Parameters.with("organization", caller.organizationId()).and("projects", projects)
                .and("region", locality.region());
        if (name != null && !name.isEmpty()) {
            where.append(" and lower(name) like :name escape '!'");
            parameters.and("name", LbQueries.containing(name));
        }
        String query = where.toString();
        return Panache.withSession(() -> SubscriberEntity.<SubscriberEntity>find(query, page.order().sort(),
                        parameters).page(page.page() - 1, page.size()).list()
                .chain(subscribers -> SubscriberEntity.count(query, parameters).map(total ->
                        new ListSubscriberResponse(subscribers.stream().map(SubscriberView::of).toList(), total))));
    }

    /** The live load balancers whose alerts go to a subscriber. */
    public Uni<List<LbEntity>> subscribedTo(UUID subscriberId) {
        return Panache.withSession(() -> LbEntity.list("subscriber.id = ?1 and deleted = false", subscriberId));
    }
}
