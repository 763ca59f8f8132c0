package io.lbaas.projection.backend;

import io.lbaas.events.EventCodec;
import io.lbaas.events.EventContext;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendHealthCheckUpdated;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.backend.HealthCheckSpec;
import io.lbaas.events.lb.LbCreated;
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
class BackendProjectionTest {

    private static final HealthCheckSpec TCP = new HealthCheckSpec(80, 3000, 1000, 3, false, 500, "tcp", null, null,
            null, null, null, null);
    private static final BackendSpec SPEC = new BackendSpec("web", "tcp", 80, "roundrobin", "none", "", TCP,
            List.of(), "proxy_protocol_none", 300_000, 5_000, 900_000, "on_marked_down_action_none", null, false,
            false, null, 3, null, 0, "");

    private final EventLogWriter log = TestStack.get().eventLog();
    private final EventCodec codec = new EventCodec();

    @Inject
    Pool pool;

    @Test
    void changesToOneBackendInOneBatchApplyInLogOrderAndCountOnItsLb() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        UUID backend = UUID.randomUUID();
        HealthCheckSpec http = new HealthCheckSpec(8080, 2000, 500, 2, false, 500, "http", null, "/health", "GET",
                200, "", null);

        log.append(List.of(
                tenant.envelope(lb, 1, new LbCreated("lb", "", "LB-S", List.of(), "ssl_compatibility_level_modern")),
                tenant.envelope(backend, 1, new BackendCreated(lb, SPEC)),
                tenant.envelope(backend, 2, new BackendPoolChanged(List.of("10.0.0.1"))),
                tenant.envelope(backend, 3, new BackendPoolChanged(List.of("10.0.0.1", "10.0.0.2"))),
                tenant.envelope(backend, 4, new BackendHealthCheckUpdated(http)),
                tenant.envelope(backend, 5, new BackendPoolChanged(List.of("10.0.0.2")))));

        Row row = await().atMost(Duration.ofSeconds(30)).until(() -> row("backend", backend),
                found -> found != null && found.getLong("version") == 5);
        BackendSpec spec = codec.fromJson(row.getString("spec"), BackendSpec.class);
        assertThat(spec.pool()).containsExactly("10.0.0.2");
        assertThat(spec.healthCheck()).isEqualTo(http);
        assertThat(spec.withPool(List.of()).withHealthCheck(TCP)).isEqualTo(SPEC);
        assertThat(row("lb", lb).getInteger("backend_count")).isEqualTo(1);
    }

    @Test
    void aDeletedBackendLeavesTheCountOnceEvenIfItsDeletionComesTwice() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        var deleted = tenant.envelope(first, 2, new BackendDeleted());

        log.append(List.of(
                tenant.envelope(lb, 1, new LbCreated("lb", "", "LB-S", List.of(), "ssl_compatibility_level_modern")),
                tenant.envelope(first, 1, new BackendCreated(lb, SPEC)),
                tenant.envelope(second, 1, new BackendCreated(lb, SPEC)),
                deleted, deleted));

        await().atMost(Duration.ofSeconds(30)).until(() -> row("backend", first),
                found -> found != null && found.getBoolean("deleted"));
        assertThat(row("lb", lb).getInteger("backend_count")).isEqualTo(1);
    }

    private Row row(String table, UUID id) {
        var rows = pool.preparedQuery("SELECT * FROM " + table + " WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next();
    }
}
