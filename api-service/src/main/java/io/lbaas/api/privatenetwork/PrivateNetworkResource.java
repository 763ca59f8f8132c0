package io.lbaas.api.privatenetwork;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Set;

/**
 * Scaleway LB v1: private networks of a load balancer. The regional form names the network in the path, the zoned
 * form in the body; both paths answer in both forms.
 */
@Path("/lb/v1/{scope}/{locality}/lbs/{lb_id}")
@Produces(MediaType.APPLICATION_JSON)
public class PrivateNetworkResource {

    private static final Set<ListOrder> ORDERS = Set.of(ListOrder.CREATED_AT_ASC, ListOrder.CREATED_AT_DESC);

    private final Callers callers;
    private final Localities localities;
    private final PrivateNetworkCommands commands;
    private final PrivateNetworkQueries queries;

    PrivateNetworkResource(Callers callers, Localities localities, PrivateNetworkCommands commands,
                           PrivateNetworkQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("private-networks")
    @RolesAllowed(Roles.READER)
    public Uni<ListLbPrivateNetworksResponse> listLbPrivateNetworks(@RestPath String scope,
                                                                    @RestPath String locality,
                                                                    @RestPath("lb_id") String lbId,
                                                                    @RestQuery String page,
                                                                    @RestQuery("page_size") String pageSize,
                                                                    @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, ORDERS);
        return queries.list(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                request);
    }

    @POST
    @Path("private-networks/{private_network_id}/attach")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PrivateNetworkView> attachPrivateNetwork(@RestPath String scope, @RestPath String locality,
                                                        @RestPath("lb_id") String lbId,
                                                        @RestPath("private_network_id") String privateNetworkId,
                                                        AttachPrivateNetworkRequest body,
                                                        @RestHeader("X-Request-Id") String requestId) {
        return commands.attach(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                Arguments.uuid("private_network_id", privateNetworkId), body, Decisions.correlationId(requestId));
    }

    @POST
    @Path("attach-private-network")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PrivateNetworkView> attachPrivateNetworkZoned(@RestPath String scope, @RestPath String locality,
                                                             @RestPath("lb_id") String lbId,
                                                             AttachPrivateNetworkRequest body,
                                                             @RestHeader("X-Request-Id") String requestId) {
        return commands.attach(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                body == null ? null : body.privateNetworkId(), body, Decisions.correlationId(requestId));
    }

    @POST
    @Path("private-networks/{private_network_id}/detach")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> detachPrivateNetwork(@RestPath String scope, @RestPath String locality,
                                          @RestPath("lb_id") String lbId,
                                          @RestPath("private_network_id") String privateNetworkId,
                                          @RestHeader("X-Request-Id") String requestId) {
        return commands.detach(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                Arguments.uuid("private_network_id", privateNetworkId), Decisions.correlationId(requestId));
    }

    @POST
    @Path("detach-private-network")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Void> detachPrivateNetworkZoned(@RestPath String scope, @RestPath String locality,
                                               @RestPath("lb_id") String lbId,
                                               AttachPrivateNetworkRequest.Detach body,
                                               @RestHeader("X-Request-Id") String requestId) {
        return commands.detach(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                body == null ? null : body.privateNetworkId(), Decisions.correlationId(requestId));
    }
}
