package io.lbaas.notifier.status;

import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbUpdated;
import io.lbaas.testsupport.EventLogWriter;
import io.lbaas.testsupport.SmtpResource;
import io.lbaas.testsupport.StackResource;
import io.lbaas.testsupport.TestEvents;
import io.lbaas.testsupport.TestStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
@WithTestResource(SmtpResource.class)
class StatusChangeRecorderTest {

    private static final String LEVEL = "ssl_compatibility_level_intermediate";

    private final EventLogWriter log = TestStack.get().eventLog();

    @Inject
    Pool pool;

    @Test
    void theStatusChangesOfAnLbAreRecordedWithWhatTheyChangedFrom() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();

        log.append(List.of(
                tenant.envelope(lb, 1, new LbCreated("web", "", "LB-S", List.of(), LEVEL)),
                tenant.envelope(lb, 2, new LbUpdated("web-renamed", "", List.of(), LEVEL)),
                tenant.envelope(lb, 3, new LbStatusChanged("error", "haproxy -c: unknown keyword")),
                tenant.envelope(lb, 4, new LbStatusChanged("ready", null)),
                tenant.envelope(lb, 5, new LbDeleted(false)),
                tenant.envelope(lb, 6, new LbStatusChanged("deleting", null)),
                tenant.envelope(lb, 7, new LbRemoved("no data plane serves zone fr-par-1"))));

        List<Row> changes = awaitChanges(lb, 6);
        assertThat(changes).extracting(row -> row.getString("old_status"), row -> row.getString("new_status"),
                        row -> row.getString("lb_name"), row -> row.getString("reason"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "to_create", "web", null),
                        org.assertj.core.groups.Tuple.tuple("to_create", "error", "web-renamed",
                                "haproxy -c: unknown keyword"),
                        org.assertj.core.groups.Tuple.tuple("error", "ready", "web-renamed", null),
                        org.assertj.core.groups.Tuple.tuple("ready", "to_delete", "web-renamed", null),
                        org.assertj.core.groups.Tuple.tuple("to_delete", "deleting", "web-renamed", null),
                        org.assertj.core.groups.Tuple.tuple("deleting", "deleted", "web-renamed",
                                "no data plane serves zone fr-par-1"));
    }

    @Test
    void anEventReadTwiceIsRecordedOnce() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        EventEnvelope created = tenant.envelope(lb, 1, new LbCreated("web", "", "LB-S", List.of(), LEVEL));
        EventEnvelope deleted = tenant.envelope(lb, 2, new LbDeleted(true));

        log.append(List.of(created, created, deleted, created));

        List<Row> changes = awaitChanges(lb, 2);
        assertThat(changes).extracting(row -> row.getUUID("event_id"))
                .containsExactly(created.eventId(), deleted.eventId());
    }

    private List<Row> awaitChanges(UUID lb, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> changes(lb), rows -> rows.size() >= count);
    }

    private List<Row> changes(UUID lb) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM notifier.status_change WHERE lb_id = $1 ORDER BY occurred_at, recorded_at")
                .execute(Tuple.of(lb)).await().atMost(Duration.ofSeconds(5)).forEach(rows::add);
        return rows;
    }
}
