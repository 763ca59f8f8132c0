package io.lbaas.projection.ovhtask;

import io.lbaas.events.EventContext;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.testsupport.EventLogWriter;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
class OvhTaskProjectionTest {

    private final EventLogWriter log = TestStack.get().eventLog();

    @Inject
    Pool pool;

    @Test
    void aTaskMovesOnlyForwardAndKeepsWhenItWasDone() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();

        log.append(List.of(tenant.envelope(lb, 1, new LbCreated("web", "", "LB-S", List.of(),
                        "ssl_compatibility_level_intermediate")),
                tenant.envelope(lb, 2, new OvhRefreshRequested(1, List.of("fr-par-1"))),
                tenant.envelope(lb, 3, new OvhTaskProgressed(1, "doing", null)),
                tenant.envelope(lb, 4, new OvhTaskProgressed(1, "error", "haproxy -c: unknown keyword")),
                tenant.envelope(lb, 5, new OvhTaskProgressed(1, "done", null)),
                tenant.envelope(lb, 6, new OvhRefreshRequested(2, List.of("fr-par-1")))));

        Row second = await().atMost(Duration.ofSeconds(30)).until(() -> task(lb, 2), row -> row != null);
        Row first = task(lb, 1);
        assertThat(first.getString("status")).as("an error is final").isEqualTo("error");
        assertThat(first.getString("reason")).isEqualTo("haproxy -c: unknown keyword");
        assertThat(first.getOffsetDateTime("done_at")).isNotNull();
        assertThat(first.getArrayOfStrings("zones")).containsExactly("fr-par-1");
        assertThat(second.getString("status")).isEqualTo("todo");
        assertThat(second.getOffsetDateTime("done_at")).isNull();
    }

    private Row task(UUID lb, long taskId) {
        var rows = pool.preparedQuery("SELECT * FROM ovh_task WHERE lb_id = $1 AND task_id = $2")
                .execute(Tuple.of(lb, taskId)).await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next();
    }
}
