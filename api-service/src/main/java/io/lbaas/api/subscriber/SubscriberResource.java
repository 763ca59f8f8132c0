package io.lbaas.api.subscriber;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.EnumSet;

/**
 * Scaleway LB v1, regional and zoned forms: subscribers and subscriptions. Deletion answers at both the regional
 * path ({@code lb/subscriber}) and the zoned one ({@code lb/subscription}), in both forms.
 */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberResource {

    private final Callers callers;
    private final Localities localities;
    private final SubscriberCommands commands;
    private final SubscriberQueries queries;
    private final DeliveryQueries deliveries;

    SubscriberResource(Callers callers, Localities localities, SubscriberCommands commands,
                       SubscriberQueries queries, DeliveryQueries deliveries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
        this.deliveries = deliveries;
    }

    @GET
    @Path("subscribers")
    @RolesAllowed(Roles.READER)
    public Uni<ListSubscriberResponse> listSubscriber(@RestPath String scope, @RestPath String locality,
                                                      @RestQuery String name,
                                                      @RestQuery("organization_id") String organizationId,
                                                      @RestQuery("project_id") String projectId,
                                                      @RestQuery String page, @RestQuery("page_size") String pageSize,
                                                      @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        return queries.list(callers.current(), localities.resolve(scope, locality), name,
                Arguments.optionalUuid("organization_id", organizationId),
                Arguments.optionalUuid("project_id", projectId), request);
    }

    @POST
    @Path("subscribers")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SubscriberView> createSubscriber(@RestPath String scope, @RestPath String locality,
                                                SubscriberRequest body, @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality), body,
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("subscribers/{subscriber_id}")
    @RolesAllowed(Roles.READER)
    public Uni<SubscriberView> getSubscriber(@RestPath String scope, @RestPath String locality,
                                             @RestPath("subscriber_id") String subscriberId) {
        return queries.require(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId)).map(SubscriberView::of);
    }

    @PUT
    @Path("subscribers/{subscriber_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SubscriberView> updateSubscriber(@RestPath String scope, @RestPath String locality,
                                                @RestPath("subscriber_id") String subscriberId,
                                                SubscriberRequest body, @RestHeader("X-Request-Id") String requestId) {
        return commands.update(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId), body, Decisions.correlationId(requestId));
    }

    /** Beyond Scaleway: a new webhook signing secret, shown in this answer only. */
    @POST
    @Path("subscribers/{subscriber_id}/rotate-secret")
    @RolesAllowed(Roles.WRITER)
    public Uni<SubscriberView> rotateSubscriberSecret(@RestPath String scope, @RestPath String locality,
                                                      @RestPath("subscriber_id") String subscriberId,
                                                      @RestHeader("X-Request-Id") String requestId) {
        return commands.rotateSecret(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId), Decisions.correlationId(requestId));
    }

    /** Beyond Scaleway: the alerts owed to the subscriber and how their delivery went. */
    @GET
    @Path("subscribers/{subscriber_id}/deliveries")
    @RolesAllowed(Roles.READER)
    public Uni<ListDeliveriesResponse> listSubscriberDeliveries(@RestPath String scope, @RestPath String locality,
                                                                @RestPath("subscriber_id") String subscriberId,
                                                                @RestQuery String status, @RestQuery String channel,
                                                                @RestQuery String page,
                                                                @RestQuery("page_size") String pageSize,
                                                                @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy,
                EnumSet.of(ListOrder.CREATED_AT_ASC, ListOrder.CREATED_AT_DESC));
        return deliveries.list(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId), status, channel, request);
    }

    /** Beyond Scaleway: a delivery that gave up (dead_letter, cancelled) is attempted once more, now. */
    @POST
    @Path("subscribers/{subscriber_id}/deliveries/{delivery_id}/retry")
    @RolesAllowed(Roles.WRITER)
    public Uni<DeliveryView> retrySubscriberDelivery(@RestPath String scope, @RestPath String locality,
                                                     @RestPath("subscriber_id") String subscriberId,
                                                     @RestPath("delivery_id") String deliveryId) {
        return deliveries.retry(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId), Arguments.uuid("delivery_id", deliveryId));
    }

    @DELETE
    @Path("lb/subscriber/{subscriber_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteSubscriber(@RestPath String scope, @RestPath String locality,
                                      @RestPath("subscriber_id") String subscriberId,
                                      @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("subscriber_id", subscriberId), Decisions.correlationId(requestId));
    }

    /** The zoned form's path of deleteSubscriber. */
    @DELETE
    @Path("lb/subscription/{subscriber_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteSubscription(@RestPath String scope, @RestPath String locality,
                                        @RestPath("subscriber_id") String subscriberId,
                                        @RestHeader("X-Request-Id") String requestId) {
        return deleteSubscriber(scope, locality, subscriberId, requestId);
    }

    @POST
    @Path("lb/{lb_id}/subscribe")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LbView> subscribeToLb(@RestPath String scope, @RestPath String locality,
                                     @RestPath("lb_id") String lbId, SubscriberRequest.Subscription body,
                                     @RestHeader("X-Request-Id") String requestId) {
        return commands.subscribe(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("lb/{lb_id}/unsubscribe")
    @RolesAllowed(Roles.WRITER)
    public Uni<LbView> unsubscribeFromLb(@RestPath String scope, @RestPath String locality,
                                         @RestPath("lb_id") String lbId,
                                         @RestHeader("X-Request-Id") String requestId) {
        return commands.unsubscribe(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("lb_id", lbId), Decisions.correlationId(requestId));
    }
}
