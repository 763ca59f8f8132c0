package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.haproxy.ConfigCheck;
import io.lbaas.testsupport.Ports;
import io.lbaas.testsupport.UdpServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A real nginx balancing real UDP traffic, started, reloaded without a restart, and stopped as the agent does. */
class NginxProcessTest {

    private static final String MODULE = "/usr/lib/nginx/modules/ngx_stream_module.so";
    private static final String LB_ADDRESS = "127.78.0.1";

    private final NginxBinary binary = new NginxBinary("nginx", MODULE);
    private final NginxConfigRenderer renderer = new NginxConfigRenderer(MODULE);
    private final int port = Ports.free();
    private final InetSocketAddress listener = new InetSocketAddress(LB_ADDRESS, port);
    private Path dir;
    private NginxProcess nginx;

    @BeforeEach
    void directory() throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "udp");
        nginx = new NginxProcess(dir, binary);
    }

    @AfterEach
    void stop() {
        nginx.stop();
    }

    @Test
    void balancesSessionsAcrossTheFarmAndTakesANewServerOnAReloadWithoutRestarting() throws Exception {
        try (UdpServers servers = UdpServers.start(3)) {
            apply(config(servers, 2, List.of(), List.of()));
            nginx.start();

            assertThat(answers(6)).as("new clients in turn").containsOnly("u1", "u2").contains("u1", "u2");
            long master = nginx.pidFileValue();

            apply(config(servers, 3, List.of(), List.of()));
            nginx.reload();

            assertThat(answers(6)).contains("u3");
            assertThat(nginx.pidFileValue()).as("the same master: reloaded, not restarted").isEqualTo(master);
        }
    }

    @Test
    void onlyAllowedSourcesAreAnswered() throws Exception {
        try (UdpServers servers = UdpServers.start(1)) {
            apply(config(servers, 1, List.of("10.0.0.0/8"), List.of()));
            nginx.start();

            assertThat(UdpServers.ask(listener, 1000)).as("127.0.0.1 is not allowed").isEmpty();

            apply(config(servers, 1, List.of("127.0.0.0/8"), List.of()));
            nginx.reload();

            assertThat(UdpServers.ask(listener, 2000)).contains("u1");
        }
    }

    @Test
    void aConfigurationNginxRefusesIsToldWithNginxsReason() throws Exception {
        Files.writeString(nginx.candidateConfig(), "stream { server { listen " + LB_ADDRESS + ":" + port
                + " udp; proxy_pass nowhere; } }\n");

        ConfigCheck check = binary.check(nginx.candidateConfig());

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("stream");
    }

    @Test
    void aStoppedNginxAnswersNothing() throws Exception {
        try (UdpServers servers = UdpServers.start(1)) {
            apply(config(servers, 1, List.of(), List.of()));
            nginx.start();
            assertThat(UdpServers.ask(listener, 2000)).contains("u1");

            nginx.stop();

            assertThat(nginx.isRunning()).isFalse();
            assertThat(UdpServers.ask(listener, 500)).isEmpty();
        }
    }

    private UdpConfig config(UdpServers servers, int count, List<String> allowed, List<String> denied) {
        List<UdpConfig.Server> farm = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            farm.add(new UdpConfig.Server("127.0.0.1", servers.port(i)));
        }
        return new UdpConfig(List.of(new UdpConfig.Upstream("farm_1", farm)),
                List.of(new UdpConfig.Listener(List.of(LB_ADDRESS), List.of(port), allowed, denied, "farm_1")));
    }

    /** Checked by nginx before it replaces the running configuration, as the agent does. */
    private void apply(UdpConfig udp) throws IOException {
        Files.writeString(nginx.candidateConfig(), renderer.render(udp, nginx.pidFile()));
        ConfigCheck check = binary.check(nginx.candidateConfig());
        assertThat(check.ok()).as(check.message()).isTrue();
        Files.move(nginx.candidateConfig(), nginx.config(), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> answers(int count) throws IOException {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<String> answer = UdpServers.ask(listener, 2000);
            answer.ifPresent(answers::add);
        }
        return answers;
    }
}
