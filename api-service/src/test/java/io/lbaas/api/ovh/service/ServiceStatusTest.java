package io.lbaas.api.ovh.service;

import io.lbaas.api.lb.LbEntity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's status as OVH's clients read it, from the servers' last reported states. */
class ServiceStatusTest {

    private final UUID healthy = UUID.randomUUID();
    private final UUID degraded = UUID.randomUUID();
    private final UUID down = UUID.randomUUID();
    private final UUID empty = UUID.randomUUID();

    @Test
    void farmsFollowTheirServersAndTheServiceWarnsWhenAFarmIsNotOk() {
        ServiceStatusResource.Status status = ServiceStatusResource.status(lb("ready"), List.of(
                row(healthy, "ok"), row(degraded, "ok"), row(degraded, "error"), row(down, "error"),
                row(down, "unknown"), row(empty, null)), 2);

        assertThat(status.farms().total()).isEqualTo(4);
        assertThat(status.farms().status()).containsEntry("ok", 1L).containsEntry("warn", 1L)
                .containsEntry("error", 1L).containsEntry("unknown", 1L);
        assertThat(status.servers().total()).isEqualTo(5);
        assertThat(status.servers().status()).containsEntry("ok", 2L).containsEntry("error", 2L)
                .containsEntry("unknown", 1L).containsEntry("warn", 0L);
        assertThat(status.frontends().status()).containsEntry("ok", 2L);
        assertThat(status.service().status()).isEqualTo("warn");
    }

    @Test
    void aServiceWhoseLoadBalancerIsNotReadyIsNotOk() {
        assertThat(ServiceStatusResource.status(lb("error"), List.<Object[]>of(row(healthy, "ok")), 1).service().status())
                .isEqualTo("error");
        ServiceStatusResource.Status creating = ServiceStatusResource.status(lb("to_create"), List.<Object[]>of(), 1);
        assertThat(creating.service().status()).isEqualTo("unknown");
        assertThat(creating.frontends().status()).containsEntry("unknown", 1L);
    }

    private static Object[] row(UUID farm, String health) {
        return new Object[] {farm, health};
    }

    private static LbEntity lb(String status) {
        LbEntity lb = new LbEntity();
        lb.status = status;
        return lb;
    }
}
