package io.lbaas.api.stats;

import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Set;

/** Scaleway LB v1, regional and zoned forms: backend server statistics, and the deprecated LB statistics. */
@Path("/lb/v1/{scope}/{locality}/lbs/{lb_id}")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final Callers callers;
    private final Localities localities;
    private final StatsQueries queries;

    StatsResource(Callers callers, Localities localities, StatsQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.queries = queries;
    }

    @GET
    @Path("backend-stats")
    @RolesAllowed(Roles.READER)
    public Uni<ListBackendStatsResponse> listBackendStats(@RestPath String scope, @RestPath String locality,
                                                         @RestPath("lb_id") String lbId,
                                                         @RestQuery("backend_id") String backendId,
                                                         @RestQuery String page,
                                                         @RestQuery("page_size") String pageSize) {
        PageRequest request = PageRequest.parse(page, pageSize, null, Set.of(ListOrder.CREATED_AT_ASC));
        return queries.servers(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                Arguments.optionalUuid("backend_id", backendId))
                .map(servers -> new ListBackendStatsResponse(request.slice(servers), servers.size()));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.READER)
    public Uni<LbStatsView> getLbStats(@RestPath String scope, @RestPath String locality,
                                       @RestPath("lb_id") String lbId, @RestQuery("backend_id") String backendId) {
        return queries.servers(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                Arguments.optionalUuid("backend_id", backendId)).map(LbStatsView::new);
    }
}
