package io.lbaas.projection.ovhroute;

import io.lbaas.events.EventContext;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRouteUpdated;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleSpec;
import io.lbaas.events.ovh.OvhRuleUpdated;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackResource.class)
class OvhRouteProjectionTest {

    private final EventLogWriter log = TestStack.get().eventLog();

    @Inject
    Pool pool;

    @Test
    void rulesMoveTheirRoutesVersionAndGoWithItWhileTheRowsStayForTheIds() {
        EventContext tenant = TestEvents.newTenant();
        UUID lb = UUID.randomUUID();
        UUID route = UUID.randomUUID();
        UUID frontend = UUID.randomUUID();
        UUID farm = UUID.randomUUID();
        OvhRouteSpec toFarm = new OvhRouteSpec(new OvhRouteAction("farm", farm, null, null), "api", frontend, 3);
        OvhRouteSpec reject = new OvhRouteSpec(new OvhRouteAction("reject", null, null, 403), null, null, 0);
        OvhRuleSpec host = new OvhRuleSpec("host", null, "is", false, "api.example", null);

        log.append(List.of(tenant.envelope(route, 1, new OvhRouteCreated(lb, "http", 1, toFarm)),
                tenant.envelope(route, 2, new OvhRuleAdded(1, host)),
                tenant.envelope(route, 3, new OvhRuleAdded(2, host)),
                tenant.envelope(route, 4, new OvhRuleUpdated(2, new OvhRuleSpec("uri", null, "startswith", true,
                        "/admin", "not admin"))),
                // Out of order (the route is at version 4 already): changes nothing.
                tenant.envelope(route, 4, new OvhRuleRemoved(2)),
                tenant.envelope(route, 5, new OvhRuleRemoved(1))));

        Row stepped = await().atMost(Duration.ofSeconds(30)).until(() -> route(route),
                row -> row != null && row.getLong("version") == 5);
        assertThat(stepped.getUUID("frontend")).isEqualTo(frontend);
        assertThat(stepped.getUUID("farm")).isEqualTo(farm);
        assertThat(stepped.getLong("route_id")).isEqualTo(1);
        assertThat(rules(route)).containsExactly("1 deleted", "2 live {\"field\":\"uri\",\"sub_field\":null,"
                + "\"match\":\"startswith\",\"negate\":true,\"pattern\":\"/admin\",\"display_name\":\"not admin\"}");

        log.append(List.of(tenant.envelope(route, 6, new OvhRouteUpdated(reject)),
                tenant.envelope(route, 7, new OvhRouteDeleted())));

        Row deleted = await().atMost(Duration.ofSeconds(30)).until(() -> route(route),
                row -> row.getBoolean("deleted"));
        assertThat(deleted.getLong("version")).isEqualTo(7);
        assertThat(deleted.getUUID("farm")).as("a reject route uses no farm").isNull();
        assertThat(deleted.getUUID("frontend")).isNull();
        assertThat(rules(route)).containsExactly("1 deleted", "2 deleted");
    }

    private Row route(UUID id) {
        var rows = pool.preparedQuery("SELECT * FROM ovh_route WHERE id = $1").execute(Tuple.of(id)).await()
                .atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    private List<String> rules(UUID route) {
        List<String> rules = new ArrayList<>();
        pool.preparedQuery("SELECT rule_id, deleted, spec FROM ovh_rule WHERE route = $1 ORDER BY rule_id")
                .execute(Tuple.of(route)).await().atMost(Duration.ofSeconds(5))
                .forEach(row -> rules.add(row.getLong("rule_id") + (row.getBoolean("deleted") ? " deleted"
                        : " live " + row.getString("spec"))));
        return rules;
    }
}
