package io.lbaas.api.history;

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

/** Beyond Scaleway's API: the history of a load balancer, newest first, for both forms. */
@Path("/lb/v1/{scope}/{locality}/lbs/{lb_id}/events")
@Produces(MediaType.APPLICATION_JSON)
public class LbHistoryResource {

    private final Callers callers;
    private final Localities localities;
    private final LbHistoryQueries queries;

    LbHistoryResource(Callers callers, Localities localities, LbHistoryQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<ListLbEventsResponse> listLbEvents(@RestPath String scope, @RestPath String locality,
                                                  @RestPath("lb_id") String lbId, @RestQuery String page,
                                                  @RestQuery("page_size") String pageSize) {
        PageRequest request = PageRequest.parse(page, pageSize, null, Set.of(ListOrder.CREATED_AT_ASC));
        return queries.list(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                request);
    }
}
