package io.lbaas.api.lb;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads of the {@code lb} read model, always within what the caller's token grants. */
@ApplicationScoped
public class LbQueries {

    static final String RESOURCE = "lb";

    /** The LB if the caller may see it at this locality; a 404 otherwise, whether it exists elsewhere or not. */
    public Uni<LbEntity> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> LbEntity.<LbEntity>findById(id))
                .map(lb -> {
                    if (lb == null || lb.deleted || !locality.contains(lb.region, lb.zone)
                            || !caller.mayAccess(lb.organizationId, lb.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return lb;
                });
    }

    /** The LB whoever owns it, for the platform's own components; a 404 once it is deleted. */
    public Uni<LbEntity> requireAnyTenant(UUID id) {
        return findAnyTenant(id).map(lb -> lb.orElseThrow(() -> ApiException.notFound(RESOURCE, id)));
    }

    /** The LB, whoever's it is, unless it does not exist or is gone. */
    public Uni<Optional<LbEntity>> findAnyTenant(UUID id) {
        return Panache.withSession(() -> LbEntity.<LbEntity>findById(id))
                .map(lb -> Optional.ofNullable(lb).filter(found -> !found.deleted));
    }

    public Uni<ListLbsResponse> list(Caller caller, Locality locality, LbFilter filter, PageRequest page) {
        Set<UUID> projects = new HashSet<>(caller.projectIds());
        if (filter.projectId() != null) {
            projects.retainAll(Set.of(filter.projectId()));
        }
        boolean otherOrganization = filter.organizationId() != null
                && !filter.organizationId().equals(caller.organizationId());
        if (caller.grantsNothing() || projects.isEmpty() || otherOrganization) {
            return Uni.createFrom().item(new ListLbsResponse(List.of(), 0));
        }
        StringBuilder where = new StringBuilder(
                "organizationId = :organization and projectId in :projects and region = :region and deleted = false");
        Parameters parameters = Parameters.with("organization", caller.organizationId())
                .and("projects", projects).and("region", locality.region());
        if (locality.zonal()) {
            where.append(" and zone = :zone");
            parameters.and("zone", locality.zone());
        }
        if (filter.name() != null && !filter.name().isEmpty()) {
            where.append(" and lower(name) like :name escape '!'");
            parameters.and("name", containing(filter.name()));
        }
        if (!filter.tags().isEmpty()) {
            where.append(" and array_intersects(tags, :tags)");
            parameters.and("tags", filter.tags().toArray(String[]::new));
        }
        if (!filter.lbIds().isEmpty()) {
            where.append(" and id in :ids");
            parameters.and("ids", filter.lbIds());
        }
        String query = where.toString();
        return Panache.withSession(() -> LbEntity.<LbEntity>find(query, page.order().sort(), parameters)
                .page(page.page() - 1, page.size()).list()
                .chain(lbs -> LbEntity.count(query, parameters)
                        .map(total -> new ListLbsResponse(lbs.stream().map(LbView::of).toList(), total))));
    }

    /** A pattern for {@code lower(name) like :pattern escape '!'}: names that contain {@code text}, any case. */
    public static String containing(String text) {
        String escaped = text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
