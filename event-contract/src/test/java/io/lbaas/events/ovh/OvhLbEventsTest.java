package io.lbaas.events.ovh;

import io.lbaas.events.Actor;
import io.lbaas.events.EventCodec;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** OVH farms, servers and frontends are events of the shared backend and frontend aggregates, read back whole. */
class OvhLbEventsTest {

    private final EventCodec codec = new EventCodec();
    private final EventContext context = new EventContext(Instant.parse("2026-12-01T10:15:30.123456Z"), "fr-par",
            "fr-par-1", UUID.randomUUID(), UUID.randomUUID(), new Actor(Actor.USER, "sub-1", "alice"),
            UUID.randomUUID(), null);

    @Test
    void everyOvhEventReadsBackAsWrittenWithNullsKept() {
        UUID lb = UUID.randomUUID();
        FarmSpec farm = new FarmSpec("all", null, "leastconn", null,
                new FarmProbe("http", null, 30, "GET", "/health", "status", "200,301-302", false, null), "web");
        FarmServerSpec server = new FarmServerSpec("10.0.0.1", "active", 8080, null, 3, true, false, true, null,
                "c1", "v2", null);
        OvhFrontendSpec frontend = new OvhFrontendSpec("all", "80,8000-8010", UUID.randomUUID(), null,
                List.of("10.0.0.0/8"), null, false, null, false, true, List.of("X-Port %cp"), null, null);
        List<EventPayload> payloads = List.of(new OvhFarmCreated(lb, "http", 1, farm), new OvhFarmUpdated(farm),
                new OvhServerAdded(2, server), new OvhServerUpdated(2, server), new OvhServerRemoved(2),
                new OvhFrontendCreated(lb, "http", 1, frontend), new OvhFrontendUpdated(frontend),
                new OvhRefreshRequested(4, List.of("fr-par-1")), new OvhTaskProgressed(4, "error", "refused"),
                new OvhSslAdded(lb, 5, "shop", "CN=shop.example", List.of("shop.example"), "AB:CD", "0A1B",
                        Instant.parse("2027-01-01T00:00:00Z"), "-----BEGIN CERTIFICATE-----"),
                new OvhSslRenamed(null));

        for (EventPayload payload : payloads) {
            EventEnvelope written = context.envelope(UUID.randomUUID(), 1, payload);

            assertThat(codec.decode(codec.encode(written))).isEqualTo(written);
        }
    }

    @Test
    void routeEventsReadBackAsWrittenAndRulesArePartOfTheRoutesAggregate() {
        OvhRouteSpec route = new OvhRouteSpec(new OvhRouteAction("redirect", null, "https://${host}${path}", 301),
                null, UUID.randomUUID(), 7);
        OvhRuleSpec rule = new OvhRuleSpec("header", "X-Env", "is", true, "prod", null);
        List<EventPayload> payloads = List.of(new OvhRouteCreated(UUID.randomUUID(), "http", 3, route),
                new OvhRouteUpdated(route), new OvhRuleAdded(4, rule), new OvhRuleUpdated(4, rule),
                new OvhRuleRemoved(4), new OvhRouteDeleted());

        for (EventPayload payload : payloads) {
            EventEnvelope written = context.envelope(UUID.randomUUID(), 1, payload);

            assertThat(codec.decode(codec.encode(written))).isEqualTo(written);
            assertThat(written.aggregateType()).isEqualTo("ovh_route");
        }
    }

    @Test
    void farmsAndServersAreBackendsAndOvhFrontendsAreFrontends() {
        EventEnvelope farm = context.envelope(UUID.randomUUID(), 3, new OvhServerAdded(7,
                new FarmServerSpec("10.0.0.1", "inactive", null, null, null, false, false, false, null, null, null,
                        null)));
        EventEnvelope frontend = context.envelope(UUID.randomUUID(), 1, new OvhFrontendCreated(UUID.randomUUID(),
                "tcp", 1, new OvhFrontendSpec("all", "5432", null, null, null, null, false, null, false, false, null,
                        null, null)));

        assertThat(farm.aggregateType()).isEqualTo("backend");
        assertThat(frontend.aggregateType()).isEqualTo("frontend");
        assertThat(new String(codec.encode(farm), StandardCharsets.UTF_8))
                .contains("\"payload\":{\"server_id\":7,\"spec\":{\"address\":\"10.0.0.1\",\"status\":\"inactive\","
                        + "\"port\":null");
    }
}
