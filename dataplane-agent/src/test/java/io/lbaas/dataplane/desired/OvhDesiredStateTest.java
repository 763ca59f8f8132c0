package io.lbaas.dataplane.desired;

import io.lbaas.events.EventContext;
import io.lbaas.events.EventPayload;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFarmCreated;
import io.lbaas.events.ovh.OvhFarmUpdated;
import io.lbaas.events.ovh.OvhFrontendCreated;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.events.ovh.OvhFrontendUpdated;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteCreated;
import io.lbaas.events.ovh.OvhRouteDeleted;
import io.lbaas.events.ovh.OvhRouteSpec;
import io.lbaas.events.ovh.OvhRuleAdded;
import io.lbaas.events.ovh.OvhRuleRemoved;
import io.lbaas.events.ovh.OvhRuleSpec;
import io.lbaas.events.ovh.OvhServerAdded;
import io.lbaas.events.ovh.OvhServerRemoved;
import io.lbaas.events.ovh.OvhServerUpdated;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.testsupport.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** OVH farms, their servers, OVH frontends, their routes and certificates folded into what their LB runs. */
class OvhDesiredStateTest {

    private final DesiredState state = new DesiredState();
    private final EventContext tenant = TestEvents.newTenant();
    private final UUID lb = UUID.randomUUID();
    private final UUID farm = UUID.randomUUID();
    private long version;

    private Optional<UUID> apply(UUID aggregate, EventPayload payload) {
        return state.apply(tenant.envelope(aggregate, ++version, payload));
    }

    @Test
    void aFarmKeepsItsServersInOvhIdOrderThroughAdditionsUpdatesAndRemovals() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        FarmSpec spec = new FarmSpec("all", 80, null, null, null, "web");
        assertThat(apply(farm, new OvhFarmCreated(lb, "http", 1, spec))).contains(lb);
        apply(farm, new OvhServerAdded(2, server("10.0.0.2", 1)));
        apply(farm, new OvhServerAdded(1, server("10.0.0.1", 3)));
        apply(farm, new OvhServerAdded(3, server("10.0.0.3", 1)));
        assertThat(apply(farm, new OvhServerUpdated(2, server("10.0.0.2", 5)))).contains(lb);
        apply(farm, new OvhServerRemoved(3));
        FarmSpec leastconn = new FarmSpec("all", 8080, "leastconn", null, null, "web");
        apply(farm, new OvhFarmUpdated(leastconn));
        refresh(1);

        FarmConfig config = state.config(lb).orElseThrow().farms().get(0);

        assertThat(config.protocol()).isEqualTo("http");
        assertThat(config.farmId()).isEqualTo(1);
        assertThat(config.spec()).isEqualTo(leastconn);
        assertThat(config.servers()).extracting(FarmConfig.Server::serverId).containsExactly(1L, 2L);
        assertThat(config.servers().get(1).spec().weight()).isEqualTo(5);
    }

    @Test
    void frontendsAndFarmsGoWithTheirDeletionEvents() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        apply(farm, new OvhFarmCreated(lb, "tcp", 1, new FarmSpec("all", null, null, null, null, null)));
        UUID frontend = UUID.randomUUID();
        OvhFrontendSpec spec = new OvhFrontendSpec("all", "80", farm, null, null, null, false, null, false, false,
                null, null, null);
        apply(frontend, new OvhFrontendCreated(lb, "tcp", 1, spec));
        OvhFrontendSpec moved = new OvhFrontendSpec("all", "81-82", farm, null, null, null, false, null, false,
                false, null, null, null);
        apply(frontend, new OvhFrontendUpdated(moved));
        refresh(1);

        assertThat(state.config(lb).orElseThrow().ovhFrontends())
                .containsExactly(new OvhFrontendConfig(frontend, "tcp", 1, moved));

        assertThat(apply(frontend, new FrontendDeleted())).contains(lb);
        assertThat(apply(farm, new BackendDeleted())).contains(lb);
        refresh(2);

        LbConfig config = state.config(lb).orElseThrow();
        assertThat(config.ovhFrontends()).isEmpty();
        assertThat(config.farms()).isEmpty();
    }

    @Test
    void whatRunsChangesOnlyAtARefreshWhoseTaskStaysUnfinishedUntilTheLogSaysOtherwise() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        apply(farm, new OvhFarmCreated(lb, "tcp", 1, new FarmSpec("all", 5432, null, null, null, null)));
        apply(farm, new OvhServerAdded(1, server("10.0.0.1", 1)));
        assertThat(state.config(lb).orElseThrow().farms()).as("staged only").isEmpty();

        assertThat(refresh(1)).contains(lb);
        assertThat(state.config(lb).orElseThrow().farms()).hasSize(1);
        assertThat(state.unfinishedTasks(lb)).containsExactly(1L);

        apply(farm, new OvhServerAdded(2, server("10.0.0.2", 1)));
        assertThat(state.config(lb).orElseThrow().farms().get(0).servers()).as("until the next refresh").hasSize(1);

        assertThat(apply(lb, new OvhTaskProgressed(1, "done", null))).as("nothing to apply").isEmpty();
        assertThat(state.unfinishedTasks(lb)).isEmpty();
        assertThat(state.reportedTask(lb, 1, "done")).isTrue();
        refresh(2);
        assertThat(state.config(lb).orElseThrow().farms().get(0).servers()).hasSize(2);
        assertThat(state.unfinishedTasks(lb)).containsExactly(2L);
    }

    @Test
    void anSslFrontendServesThePublishedCertificatesItsDefaultOneFirstAndLosesADeletedOne() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        UUID shop = UUID.randomUUID();
        UUID blog = UUID.randomUUID();
        apply(shop, ssl(1, "shop"));
        apply(blog, ssl(2, "blog"));
        UUID https = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        apply(https, new OvhFrontendCreated(lb, "http", 1, new OvhFrontendSpec("all", "443", null, null, null, null,
                false, null, true, false, null, null, blog)));
        apply(plain, new OvhFrontendCreated(lb, "http", 2, new OvhFrontendSpec("all", "80", null, null, null, null,
                false, null, false, false, null, null, null)));
        refresh(1);

        assertThat(state.config(lb).orElseThrow().ovhFrontends()).extracting(OvhFrontendConfig::certificates)
                .containsExactly(List.of(new CertificateConfig(blog, "blog PEM"), new CertificateConfig(shop,
                        "shop PEM")), List.of());

        apply(blog, new CertificateDeleted());
        assertThat(state.config(lb).orElseThrow().ovhFrontends().get(0).certificates()).as("until the next refresh")
                .hasSize(2);
        refresh(2);
        assertThat(state.config(lb).orElseThrow().ovhFrontends().get(0).certificates())
                .containsExactly(new CertificateConfig(shop, "shop PEM"));
    }

    private OvhSslAdded ssl(long sslId, String name) {
        return new OvhSslAdded(lb, sslId, name, "CN=" + name, List.of(name), "AB", "1",
                Instant.now().plusSeconds(86_400), name + " PEM");
    }

    @Test
    void aFrontendRunsItsPublishedRoutesRejectAndRedirectFirstThenByWeightThenId() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        apply(farm, new OvhFarmCreated(lb, "http", 1, new FarmSpec("all", 80, null, null, null, null)));
        UUID frontend = UUID.randomUUID();
        apply(frontend, new OvhFrontendCreated(lb, "http", 1, new OvhFrontendSpec("all", "80", farm, null, null,
                null, false, null, false, false, null, null, null)));
        OvhRouteAction toFarm = new OvhRouteAction("farm", farm, null, null);
        UUID heavyFarm = route(1, new OvhRouteSpec(toFarm, null, frontend, 9));
        UUID lightFarm = route(2, new OvhRouteSpec(toFarm, null, frontend, 1));
        UUID reject = route(3, new OvhRouteSpec(new OvhRouteAction("reject", null, null, 403), null, frontend, 200));
        UUID sameWeightLater = route(4, new OvhRouteSpec(toFarm, null, frontend, 1));
        UUID elsewhere = route(5, new OvhRouteSpec(toFarm, null, null, 0));
        OvhRuleSpec host = new OvhRuleSpec("host", null, "is", false, "b.example", null);
        apply(lightFarm, new OvhRuleAdded(2, host));
        apply(lightFarm, new OvhRuleAdded(1, host));
        apply(lightFarm, new OvhRuleRemoved(2));
        assertThat(state.config(lb).orElseThrow().ovhFrontends()).as("staged only").isEmpty();
        refresh(1);
        apply(heavyFarm, new OvhRouteDeleted());

        List<OvhRouteConfig> routes = state.config(lb).orElseThrow().ovhFrontends().get(0).routes();

        assertThat(routes).extracting(OvhRouteConfig::id).as("the deletion is not published yet")
                .containsExactly(reject, lightFarm, sameWeightLater, heavyFarm).doesNotContain(elsewhere);
        assertThat(routes.get(1).rules()).containsExactly(new OvhRouteConfig.Rule(1, host));
        refresh(2);
        assertThat(state.config(lb).orElseThrow().ovhFrontends().get(0).routes()).extracting(OvhRouteConfig::id)
                .containsExactly(reject, lightFarm, sameWeightLater);
    }

    private UUID route(long routeId, OvhRouteSpec spec) {
        UUID id = UUID.randomUUID();
        apply(id, new OvhRouteCreated(lb, "http", routeId, spec));
        return id;
    }

    private Optional<UUID> refresh(long taskId) {
        return apply(lb, new OvhRefreshRequested(taskId, List.of(tenant.zone())));
    }

    private static FarmServerSpec server(String address, int weight) {
        return new FarmServerSpec(address, "active", null, null, weight, false, false, false, null, null, null,
                null);
    }
}
