package io.lbaas.api.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of the {@code lb_event} read model, through the load balancer the caller may see. */
@ApplicationScoped
public class LbHistoryQueries {

    private static final String PAGE = """
            SELECT event_id, type, occurred_at, actor_type, actor_id, actor_name, resource_type, resource_id,
                   changes::text AS changes, count(*) OVER () AS total
            FROM lb_event WHERE lb_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3""";
    private static final String COUNT = "SELECT count(*) FROM lb_event WHERE lb_id = $1";

    private final LbQueries lbs;
    private final Pool pool;
    private final ObjectMapper json;

    LbHistoryQueries(LbQueries lbs, Pool pool, ObjectMapper json) {
        this.lbs = lbs;
        this.pool = pool;
        this.json = json;
    }

    public Uni<ListLbEventsResponse> list(Caller caller, Locality locality, UUID lbId, PageRequest page) {
        return lbs.require(caller, locality, lbId).chain(lb -> pool.preparedQuery(PAGE)
                .execute(Tuple.of(lbId, page.size(), (page.page() - 1) * page.size()))
                .chain(rows -> {
                    List<LbEventView> events = new ArrayList<>();
                    long total = -1;
                    for (Row row : rows) {
                        events.add(view(row));
                        total = row.getLong("total");
                    }
                    // Past the last page there is no row to carry the total.
                    return total >= 0 ? Uni.createFrom().item(new ListLbEventsResponse(events, total))
                            : pool.preparedQuery(COUNT).execute(Tuple.of(lbId)).map(count ->
                            new ListLbEventsResponse(events, count.iterator().next().getLong(0)));
                }));
    }

    private JsonNode changes(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lb_event.changes holds what is not JSON", e);
        }
    }

    private LbEventView view(Row row) {
        return new LbEventView(row.getUUID("event_id"), row.getString("type"),
                row.getOffsetDateTime("occurred_at").toInstant(),
                new LbEventView.Actor(row.getString("actor_type"), row.getString("actor_id"),
                        row.getString("actor_name")),
                new LbEventView.Resource(row.getString("resource_type"), row.getUUID("resource_id")),
                changes(row.getString("changes")));
    }
}
