package io.lbaas.dataplane.desired;

import io.lbaas.dataplane.haproxy.LbFixtures;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.acl.AclCreated;
import io.lbaas.events.backend.BackendCreated;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.backend.BackendPoolChanged;
import io.lbaas.events.backend.BackendSpec;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.frontend.FrontendCreated;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbRemoved;
import io.lbaas.events.lb.LbMigrated;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.testsupport.TestEvents;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding the log into what each load balancer should run, and what was last reported of it. */
class DesiredStateTest {

    private final DesiredState state = new DesiredState();
    private final EventContext tenant = TestEvents.newTenant();
    private final UUID lb = UUID.randomUUID();

    private UUID apply(UUID aggregate, EventPayload payload) {
        state.apply(tenant.envelope(aggregate, 1, payload));
        return aggregate;
    }

    private LbConfig config() {
        return state.config(lb).orElseThrow();
    }

    @Test
    void anLbGathersItsAddressesBackendsFrontendsAclsInIndexOrderAndCertificates() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_modern"));
        UUID ip = apply(UUID.randomUUID(), new IpAllocated("127.77.0.9", false, "", List.of()));
        apply(ip, new IpAttached(lb));
        BackendSpec backendSpec = LbFixtures.backend(LbFixtures.http()).spec();
        UUID backend = apply(UUID.randomUUID(), new BackendCreated(lb, backendSpec));
        UUID certificate = apply(UUID.randomUUID(), new CertificateCreated(lb, "c", "custom", "a.example.com",
                List.of(), "f", null, null, "ready", null, "PEM"));
        FrontendSpec frontendSpec = new FrontendSpec("front", 443, backend, 1000, List.of(certificate), false, null,
                false);
        UUID frontend = apply(UUID.randomUUID(), new FrontendCreated(lb, frontendSpec));
        apply(UUID.randomUUID(), new AclCreated(frontend, lb, LbFixtures.acl(2, LbFixtures.action("deny"),
                LbFixtures.subnets("10.0.0.0/8"))));
        apply(UUID.randomUUID(), new AclCreated(frontend, lb, LbFixtures.acl(1, LbFixtures.action("allow"),
                LbFixtures.subnets("10.1.0.0/16"))));

        LbConfig config = config();

        assertThat(config.addresses()).containsExactly("127.77.0.9");
        assertThat(config.sslCompatibilityLevel()).isEqualTo("ssl_compatibility_level_modern");
        assertThat(config.backends()).containsExactly(new BackendConfig(backend, backendSpec));
        FrontendConfig front = config.frontends().get(0);
        assertThat(front.acls()).extracting(acl -> acl.index()).containsExactly(1, 2);
        assertThat(front.certificates()).containsExactly(new CertificateConfig(certificate, "PEM"));

        apply(ip, new IpDetached());
        assertThat(config().addresses()).isEmpty();
    }

    @Test
    void poolChangesTypeChangesAndDeletionsReachTheConfiguration() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        UUID backend = apply(UUID.randomUUID(), new BackendCreated(lb, LbFixtures.backend(LbFixtures.http()).spec()));
        apply(backend, new BackendPoolChanged(List.of("10.9.9.9")));
        apply(lb, new LbMigrated("LB-GP-M"));

        assertThat(config().backends().get(0).spec().pool()).containsExactly("10.9.9.9");
        assertThat(config().type()).isEqualTo("LB-GP-M");

        apply(backend, new BackendDeleted());
        assertThat(config().backends()).isEmpty();
        assertThat(state.apply(tenant.envelope(lb, 9, new LbDeleted(true)))).contains(lb);
        assertThat(state.config(lb)).isEmpty();
    }

    @Test
    void aDeletedLbIsOwedATakeDownUntilTheLogShowsItRemoved() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        apply(lb, new LbStatusChanged("ready", null));
        assertThat(state.deleted(lb)).isFalse();

        apply(lb, new LbDeleted(false));
        assertThat(state.config(lb)).as("nothing more to run").isEmpty();
        assertThat(state.deleted(lb)).isTrue();
        assertThat(state.zone(lb)).contains(tenant.zone());
        assertThat(state.reportedStatus(lb)).contains("to_delete");
        assertThat(state.lbIds()).as("a resync takes it down again if the report was lost").contains(lb);

        apply(lb, new LbRemoved(null));
        assertThat(state.deleted(lb)).isFalse();
        assertThat(state.zone(lb)).isEmpty();
        assertThat(state.lbIds()).doesNotContain(lb);
    }

    @Test
    void whatWasReportedIsRememberedWithoutAskingForANewConfiguration() {
        apply(lb, new LbCreated("web", "", "LB-S", List.of(), "ssl_compatibility_level_intermediate"));
        UUID backend = UUID.randomUUID();
        assertThat(state.reportedStatus(lb)).contains("to_create");

        EventEnvelope ready = tenant.envelope(lb, 2, new LbStatusChanged("ready", null));
        EventEnvelope server = tenant.envelope(lb, 3, new BackendServerStateChanged(backend, "10.0.0.1", "agent-1",
                "running", "passed", null));

        assertThat(state.apply(ready)).as("the agent's own report needs no new configuration").isEmpty();
        assertThat(state.apply(server)).isEmpty();
        assertThat(state.reportedStatus(lb)).contains("ready");
        assertThat(state.reportedServer(lb, backend, "10.0.0.1"))
                .contains(new DesiredState.ServerObservation("running", "passed"));
    }

    @Test
    void eventsOfUnknownLoadBalancersAreIgnored() {
        assertThat(state.apply(tenant.envelope(UUID.randomUUID(),
                1, new FrontendCreated(UUID.randomUUID(), null)))).isEmpty();
        assertThat(state.lbIds()).isEmpty();
    }
}
