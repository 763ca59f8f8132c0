package io.lbaas.api.subscriber;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ListOrder;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A subscriber's deliveries, read from the notifier's own tables (schema {@code notifier}): they are the notifier's
 * working state, not a read model of the log. The one write the API makes there is to make a delivery that gave up
 * due again, at the tenant's request, and wake the notifiers.
 */
@ApplicationScoped
public class DeliveryQueries {

    static final String RESOURCE = "lb_subscriber_delivery";
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead_letter", "cancelled");
    private static final Set<String> CHANNELS = Set.of("webhook", "email");
    private static final String COLUMNS = """
            SELECT delivery.*, change.event_type, change.resource_type, change.resource_id, change.new_status
            FROM notifier.delivery JOIN notifier.status_change AS change USING (event_id)
            """;
    private static final String FILTER = """
            WHERE delivery.subscriber_id = $1 AND ($2::text IS NULL OR delivery.status = $2)
                AND ($3::text IS NULL OR delivery.channel = $3)
            """;
    private static final String LIST = COLUMNS + FILTER
            + "ORDER BY delivery.created_at %1$s, delivery.id %1$s LIMIT $4 OFFSET $5";
    private static final String COUNT = "SELECT count(*) FROM notifier.delivery " + FILTER;
    private static final String ONE = COLUMNS + "WHERE delivery.subscriber_id = $1 AND delivery.id = $2";
    /** Answers the row as the retry left it: a worker woken by the NOTIFY may take it at once. */
    private static final String RETRY = """
            WITH delivery AS (
                UPDATE notifier.delivery SET status = 'pending', next_attempt_at = clock_timestamp()
                WHERE subscriber_id = $1 AND id = $2 AND status IN ('dead_letter', 'cancelled')
                RETURNING *)
            SELECT delivery.*, change.event_type, change.resource_type, change.resource_id, change.new_status,
                pg_notify('notifier_delivery_due', '')
            FROM delivery JOIN notifier.status_change AS change USING (event_id)""";

    private final SubscriberQueries subscribers;
    private final Pool pool;

    DeliveryQueries(SubscriberQueries subscribers, Pool pool) {
        this.subscribers = subscribers;
        this.pool = pool;
    }

    public Uni<ListDeliveriesResponse> list(Caller caller, Locality locality, UUID subscriberId, String status,
                                            String channel, PageRequest page) {
        Arguments arguments = new Arguments();
        oneOf(arguments, "status", status, STATUSES);
        oneOf(arguments, "channel", channel, CHANNELS);
        arguments.throwIfAny();
        String direction = page.order() == ListOrder.CREATED_AT_DESC ? "DESC" : "ASC";
        List<Object> filter = Arrays.asList(subscriberId, blankToNull(status), blankToNull(channel));
        List<Object> window = new ArrayList<>(filter);
        window.addAll(List.of(page.size(), (page.page() - 1L) * page.size()));
        return subscribers.require(caller, locality, subscriberId)
                .chain(subscriber -> pool.preparedQuery(LIST.formatted(direction)).execute(Tuple.from(window)))
                .chain(rows -> pool.preparedQuery(COUNT).execute(Tuple.from(filter)).map(count -> {
                    List<DeliveryView> deliveries = new ArrayList<>();
                    for (Row row : rows) {
                        deliveries.add(DeliveryView.of(row));
                    }
                    return new ListDeliveriesResponse(deliveries, count.iterator().next().getLong(0));
                }));
    }

    /** A dead-lettered or cancelled delivery is attempted once more, now; any other answers 412. */
    public Uni<DeliveryView> retry(Caller caller, Locality locality, UUID subscriberId, UUID deliveryId) {
        return subscribers.require(caller, locality, subscriberId)
                .chain(subscriber -> pool.preparedQuery(RETRY).execute(Tuple.of(subscriberId, deliveryId)))
                .chain(retried -> retried.size() == 1 ? Uni.createFrom().item(DeliveryView.of(retried.iterator()
                        .next())) : one(subscriberId, deliveryId).invoke(delivery -> {
                            throw ApiException.preconditionFailed("delivery_not_given_up", "only a delivery in "
                                    + "dead_letter or cancelled can be retried; this one is " + delivery.status());
                        }));
    }

    private Uni<DeliveryView> one(UUID subscriberId, UUID deliveryId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(subscriberId, deliveryId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound(RESOURCE, deliveryId);
            }
            return DeliveryView.of(rows.iterator().next());
        });
    }

    private static void oneOf(Arguments arguments, String name, String value, Set<String> allowed) {
        if (value != null && !value.isEmpty() && !allowed.contains(value)) {
            arguments.problem(name, Arguments.CONSTRAINT, "must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
