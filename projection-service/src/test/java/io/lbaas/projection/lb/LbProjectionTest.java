package io.lbaas.projection.lb;

import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.lb.LbUpdated;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
class LbProjectionTest {

    private static final String MODERN = "ssl_compatibility_level_modern";

    private final EventLogWriter log = TestStack.get().eventLog();

    @Inject
    Pool pool;

    @Test
    void anLbShowsTheStateOfItsLastEvent() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();

        log.append(List.of(
                tenant.envelope(lb, 1, new LbCreated("web", "first", "LB-S", List.of("a"), MODERN)),
                tenant.envelope(lb, 2, new LbUpdated("web-2", "second", List.of("b", "c"), MODERN))));

        Row row = awaitVersion(lb, 2);
        assertThat(row.getString("name")).isEqualTo("web-2");
        assertThat(row.getString("description")).isEqualTo("second");
        assertThat(row.getArrayOfStrings("tags")).containsExactly("b", "c");
        assertThat(row.getString("status")).isEqualTo("to_create");
        assertThat(row.getString("ssl_compatibility_level")).isEqualTo(MODERN);
        assertThat(row.getUUID("organization_id")).isEqualTo(tenant.organizationId());
    }

    @Test
    void anEventAppendedTwiceTakesEffectOnce() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        EventEnvelope created = tenant.envelope(lb, 1, new LbCreated("web", "", "LB-S", List.of(), MODERN));
        EventEnvelope renamed = tenant.envelope(lb, 2, new LbUpdated("renamed", "", List.of(), MODERN));
        EventEnvelope deleted = tenant.envelope(lb, 3, new LbDeleted(false));
        EventEnvelope removed = tenant.envelope(lb, 4, new LbRemoved(null));

        log.append(List.of(created, renamed, created, renamed, deleted, removed, created, renamed));

        Row row = awaitVersion(lb, 4);
        assertThat(row.getBoolean("deleted")).as("a late duplicate of the creation brings nothing back").isTrue();
        assertThat(row.getString("name")).isEqualTo("renamed");
    }

    @Test
    void aDeletedLbStaysToDeleteUntilTheDataPlaneHasRemovedIt() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();

        log.append(List.of(tenant.envelope(lb, 1, new LbCreated("web", "", "LB-S", List.of(), MODERN)),
                tenant.envelope(lb, 2, new LbStatusChanged("error", "bind failed")),
                tenant.envelope(lb, 3, new LbDeleted(true))));

        Row deleted = awaitVersion(lb, 3);
        assertThat(deleted.getBoolean("deleted")).isFalse();
        assertThat(deleted.getString("status")).isEqualTo("to_delete");
        assertThat(deleted.getString("status_reason")).as("the reason of the status it left").isNull();
        assertThat(deleted.getBoolean("release_ips")).as("its IPs go once it is removed").isTrue();

        log.append(tenant.envelope(lb, 4, new LbRemoved(null)));

        assertThat(awaitVersion(lb, 4).getBoolean("deleted")).isTrue();
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheEventsAfterItApply() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();

        log.appendRaw(List.of(new EventLogWriter.Raw(tenant.projectId().toString(),
                "{not an event".getBytes(StandardCharsets.UTF_8))));
        log.append(tenant.envelope(lb, 1, new LbCreated("after-garbage", "", "LB-S", List.of(), MODERN)));

        assertThat(awaitVersion(lb, 1).getString("name")).isEqualTo("after-garbage");
    }

    private Row awaitVersion(UUID lb, long version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> row(lb),
                row -> row != null && row.getLong("version") == version);
    }

    private Row row(UUID lb) {
        var rows = pool.preparedQuery("SELECT * FROM lb WHERE id = $1").execute(Tuple.of(lb))
                .await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next();
    }
}
