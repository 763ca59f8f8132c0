package io.lbaas.api.ip;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads of the {@code ip} read model, within what the caller may see. */
@ApplicationScoped
public class IpQueries {

    public static final String RESOURCE = "lb_ip";

    /** The filters of listIPs; null or empty means no filter. */
    public record Filter(String ipAddress, String ipType, UUID organizationId, UUID projectId, List<String> tags) {
    }

    public Uni<IpEntity> require(Caller caller, Locality locality, UUID id) {
        return find(id).map(ip -> {
            if (ip == null || ip.released || !locality.contains(ip.region, ip.zone)
                    || !caller.mayAccess(ip.organizationId, ip.projectId)) {
                throw ApiException.notFound(RESOURCE, id);
            }
            return ip;
        });
    }

    public Uni<IpEntity> find(UUID id) {
        return Panache.withSession(() -> IpEntity.findById(id));
    }

    /** The IPs serving a load balancer. */
    public Uni<List<IpEntity>> attachedTo(UUID lbId) {
        return Panache.withSession(() -> IpEntity.list("lbId = ?1 and released = false",
                Sort.by("createdAt").and("id"), lbId));
    }

    public Uni<ListIpsResponse> list(Caller caller, Locality locality, Filter filter, PageRequest page) {
        Set<UUID> projects = new HashSet<>(caller.projectIds());
        if (filter.projectId() != null) {
            projects.retainAll(Set.of(filter.projectId()));
        }
        boolean otherOrganization = filter.organizationId() != null
                && !filter.organizationId().equals(caller.organizationId());
        if (caller.grantsNothing() || projects.isEmpty() || otherOrganization) {
            return Uni.createFrom().item(new ListIpsResponse(List.of(), 0));
        }
        StringBuilder where = new StringBuilder(
                "organizationId = :organization and projectId in :projects and region = :region and released = false");
        Parameters parameters = Parameters.with("organization", caller.organizationId()).and("projects", projects)
                .and("region", locality.region());
        if (locality.zonal()) {
            where.append(" and zone = :zone");
            parameters.and("zone", locality.zone());
        }
        if (filter.ipAddress() != null && !filter.ipAddress().isEmpty()) {
            where.append(" and address = :address");
            parameters.and("address", filter.ipAddress());
        }
        if ("ipv4".equals(filter.ipType()) || "ipv6".equals(filter.ipType())) {
            where.append(" and ipv6 = :ipv6");
            parameters.and("ipv6", "ipv6".equals(filter.ipType()));
        }
        if (!filter.tags().isEmpty()) {
            where.append(" and array_intersects(tags, :tags)");
            parameters.and("tags", filter.tags().toArray(String[]::new));
        }
        String query = where.toString();
        return Panache.withSession(() -> IpEntity.<IpEntity>find(query, page.order().sort(), parameters)
                .page(page.page() - 1, page.size()).list()
                .chain(ips -> IpEntity.count(query, parameters)
                        .map(total -> new ListIpsResponse(ips.stream().map(IpView::of).toList(), total))));
    }
}
