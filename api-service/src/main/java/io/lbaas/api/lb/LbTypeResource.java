package io.lbaas.api.lb;

import io.lbaas.api.locality.Localities;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scaleway LB v1 {@code listLbTypes}: the configured offers, in name order. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class LbTypeResource {

    private final LbConfig config;
    private final Localities localities;

    LbTypeResource(LbConfig config, Localities localities) {
        this.config = config;
        this.localities = localities;
    }

    @GET
    @Path("lb-types")
    @NonBlocking
    @RolesAllowed(Roles.READER)
    public ListLbTypesResponse listLbTypes(@RestPath String scope, @RestPath String locality,
                                           @RestQuery String page, @RestQuery("page_size") String pageSize) {
        PageRequest request = PageRequest.parse(page, pageSize, null, Set.of(ListOrder.CREATED_AT_ASC));
        Locality where = localities.resolve(scope, locality);
        List<LbTypeView> all = config.types().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(offer -> new LbTypeView(offer.getKey(), offer.getValue().stockStatus(),
                        offer.getValue().description(), where.region(), where.zoneForNew(),
                        offer.getValue().bandwidth(), offer.getValue().multicloud()))
                .toList();
        return new ListLbTypesResponse(request.slice(all), all.size());
    }
}
