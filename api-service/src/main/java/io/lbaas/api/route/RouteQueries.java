package io.lbaas.api.route;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventCodec;
import io.lbaas.events.route.RouteSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reads of the {@code route} read model, always within what the caller may see. */
@ApplicationScoped
public class RouteQueries {

    static final String RESOURCE = "lb_route";

    private final FrontendQueries frontends;
    private final EventCodec codec = new EventCodec();

    RouteQueries(FrontendQueries frontends) {
        this.frontends = frontends;
    }

    /** A route with its match and its frontend (which carries its backend and load balancer). */
    public record Found(RouteEntity route, RouteSpec spec, FrontendQueries.Found frontend) {

        RouteView view() {
            return RouteView.of(route, spec);
        }
    }

    public Uni<Found> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> RouteEntity.<RouteEntity>findById(id))
                .chain(route -> {
                    if (route == null || route.deleted || !locality.contains(route.region, route.zone)
                            || !caller.mayAccess(route.organizationId, route.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return frontends.require(caller, locality, route.frontendId)
                            .map(frontend -> new Found(route, spec(route), frontend));
                });
    }

    /** The routes of the caller's projects at this locality, of one frontend if {@code frontendId} is given. */
    public Uni<ListRoutesResponse> list(Caller caller, Locality locality, UUID frontendId, PageRequest page) {
        if (caller.grantsNothing() || caller.projectIds().isEmpty()) {
            return Uni.createFrom().item(new ListRoutesResponse(List.of(), 0));
        }
        StringBuilder where = new StringBuilder(
                "organizationId = :organization and projectId in :projects and region = :region and deleted = false");
        Parameters parameters = Parameters.with("organization", caller.organizationId())
                .and("projects", caller.projectIds()).and("region", locality.region());
        if (locality.zonal()) {
            where.append(" and zone = :zone");
            parameters.and("zone", locality.zone());
        }
        if (frontendId != null) {
            where.append(" and frontendId = :frontend");
            parameters.and("frontend", frontendId);
        }
        String query = where.toString();
        return Panache.withSession(() -> RouteEntity.<RouteEntity>find(query, page.order().sort(), parameters)
                .page(page.page() - 1, page.size()).list()
                .chain(routes -> RouteEntity.count(query, parameters).map(total -> new ListRoutesResponse(
                        routes.stream().map(route -> RouteView.of(route, spec(route))).toList(), total))));
    }

    /** The live routes of a frontend. */
    public Uni<List<RouteEntity>> liveOf(UUID frontendId) {
        return Panache.withSession(() -> RouteEntity.list("frontendId = ?1 and deleted = false", frontendId));
    }

    /** The live routes that send traffic to a backend. */
    public Uni<List<RouteEntity>> using(UUID backendId) {
        return Panache.withSession(() -> RouteEntity.list("backendId = ?1 and deleted = false", backendId));
    }

    RouteSpec spec(RouteEntity route) {
        return codec.fromJson(route.spec, RouteSpec.class);
    }
}
