package io.lbaas.projection.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lbaas.events.EventCodec;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.apikey.ApiKeyEvents;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpEvents;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.subscriber.SubscriberEvents;
import io.lbaas.projection.core.Projector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.lbaas.projection.core.Statements.execute;
import static io.lbaas.projection.core.Statements.time;

/**
 * The {@code lb_event} read model: the history of each load balancer. An event of the LB itself, or of a child whose
 * creation names the LB ({@code lbId}), is recorded for that LB; a later event of the child for the LB its earlier
 * events were recorded for. This reads only this table, so it does not depend on the order of the other projectors.
 */
@ApplicationScoped
public class LbHistoryProjection implements Projector {

    private static final String COLUMNS = """
            INSERT INTO lb_event (event_id, lb_id, organization_id, project_id, type, occurred_at, actor_type,
                                  actor_id, actor_name, resource_type, resource_id, changes)
            """;
    /** The payload is bound as text: a String bound straight to jsonb would be stored as one JSON string. */
    private static final String FOR_LB = COLUMNS + """
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, ($12::text)::jsonb)
            ON CONFLICT (event_id) DO NOTHING""";
    /** $2, the LB, is null here: the statement names it only to take the same arguments as {@link #FOR_LB}. */
    private static final String FOR_LB_OF_RESOURCE = COLUMNS + """
            SELECT $1, lb_id, $3, $4, $5, $6, $7, $8, $9, $10, $11, ($12::text)::jsonb
            FROM (SELECT lb_id FROM lb_event WHERE resource_id = $11 ORDER BY seq DESC LIMIT 1) AS recorded
            WHERE $2::uuid IS NULL
            ON CONFLICT (event_id) DO NOTHING""";
    /** Not about one load balancer. */
    private static final Set<String> OUTSIDE = Set.of(SubscriberEvents.AGGREGATE, ApiKeyEvents.AGGREGATE);
    /** Payload fields that never leave the log. */
    private static final List<String> SECRETS = List.of("pem_bundle", "webhook_secret");

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public List<Uni<Integer>> apply(SqlConnection connection, EventEnvelope event) {
        if (OUTSIDE.contains(event.aggregateType()) || unattachedIp(event)) {
            return List.of();
        }
        ObjectNode payload = payload(event);
        UUID lb = event.aggregateType().equals(LbEvents.AGGREGATE) ? event.aggregateId()
                : payload.path("lb_id").isTextual() ? UUID.fromString(payload.path("lb_id").asText()) : null;
        payload.remove(SECRETS);
        return List.of(execute(connection, lb == null ? FOR_LB_OF_RESOURCE : FOR_LB, Tuple.from(Arrays.asList(
                event.eventId(), lb, event.organizationId(), event.projectId(), event.type(), time(event),
                event.actor().type(), event.actor().id(), event.actor().name(), event.aggregateType(),
                event.aggregateId(), payload.toString()))));
    }

    /** The payload as the log has it (the event contract's JSON). */
    private ObjectNode payload(EventEnvelope event) {
        try {
            return (ObjectNode) json.readTree(codec.toJson(event.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of event " + event.eventId() + " is not JSON", e);
        }
    }

    /** Of a flexible IP, only attaching and detaching concern a load balancer. */
    private static boolean unattachedIp(EventEnvelope event) {
        return event.aggregateType().equals(IpEvents.AGGREGATE)
                && !(event.payload() instanceof IpAttached) && !(event.payload() instanceof IpDetached);
    }

    @Override
    public List<String> resetStatements() {
        return List.of("DELETE FROM lb_event");
    }
}
