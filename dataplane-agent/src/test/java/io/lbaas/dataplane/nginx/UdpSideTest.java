package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.desired.OvhFrontendConfig;
import io.lbaas.events.ovh.FarmServerSpec;
import io.lbaas.events.ovh.FarmSpec;
import io.lbaas.events.ovh.OvhFrontendSpec;
import io.lbaas.testsupport.Ports;
import io.lbaas.testsupport.UdpServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An LB's OVH UDP farm and frontend, as the agent applies them: on a real nginx, with real UDP servers. */
class UdpSideTest {

    private static final String MODULE = "/usr/lib/nginx/modules/ngx_stream_module.so";
    private static final String ADDRESS = "127.78.0.2";

    private final int port = Ports.free();
    private final UUID farmId = UUID.randomUUID();
    private final Path dir = Files.createTempDirectory(Path.of("/tmp"), "udp-side").resolve("udp");
    private final UdpSide side = new UdpSide(dir, new NginxBinary("nginx", MODULE), new NginxConfigRenderer(MODULE));

    UdpSideTest() throws IOException {
    }

    @AfterEach
    void stop() {
        side.stop();
    }

    @Test
    void activeServersOfTheFarmTakeTheFrontendsSessionsAndAChangeIsAReload() throws Exception {
        try (UdpServers servers = UdpServers.start(3)) {
            assertThat(side.apply(UdpConfigs.of(lb(servers, "active", "active", "inactive")))).isEqualTo("started");

            assertThat(answers(6)).containsOnly("u1", "u2").contains("u1", "u2");
            assertThat(side.apply(UdpConfigs.of(lb(servers, "active", "active", "inactive"))))
                    .isEqualTo("unchanged");

            assertThat(side.apply(UdpConfigs.of(lb(servers, "inactive", "inactive", "active"))))
                    .isEqualTo("reloaded");
            assertThat(answers(4)).containsOnly("u3").isNotEmpty();

            assertThat(side.apply(new UdpConfig(List.of(), List.of()))).as("no UDP listener left").isEqualTo("none");
            assertThat(side.isRunning()).isFalse();
            assertThat(UdpServers.ask(new InetSocketAddress(ADDRESS, port), 500)).isEmpty();
        }
    }

    @Test
    void portListsAndRangesNameEveryPort() {
        assertThat(UdpConfigs.ports("53,5000-5002")).containsExactly(53, 5000, 5001, 5002);
    }

    /** One UDP farm of three servers in the given statuses, and a UDP frontend on {@link #port} sending to it. */
    private LbConfig lb(UdpServers servers, String... statuses) {
        List<FarmConfig.Server> farmServers = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            farmServers.add(new FarmConfig.Server(i + 1, new FarmServerSpec("127.0.0.1", statuses[i],
                    servers.port(i + 1), null, null, false, false, false, null, null, null, null)));
        }
        FarmConfig farm = new FarmConfig(farmId, "udp", 1, new FarmSpec("all", 9, null, null, null, null),
                farmServers);
        OvhFrontendConfig frontend = new OvhFrontendConfig(UUID.randomUUID(), "udp", 1, new OvhFrontendSpec("all",
                Integer.toString(port), farmId, null, null, null, false, null, false, false, null, null, null));
        return new LbConfig(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "fr-par-1", "LB-S",
                "ssl_compatibility_level_intermediate", List.of(ADDRESS, "fd77::9"), List.of(), List.of(),
                List.of(frontend), List.of(farm));
    }

    private List<String> answers(int count) throws IOException {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UdpServers.ask(new InetSocketAddress(ADDRESS, port), 2000).ifPresent(answers::add);
        }
        return answers;
    }
}
