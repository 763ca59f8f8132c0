package io.lbaas.dataplane.haproxy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HaproxyBinaryTest {

    private final HaproxyBinary haproxy = HaproxyBinary.onPath();
    private LbUnderTest lb;
    private NamedHttpServer server;

    @BeforeEach
    void createLb() throws IOException {
        lb = LbUnderTest.create();
        server = NamedHttpServer.start("s1");
    }

    @AfterEach
    void removeLb() throws IOException {
        server.close();
        lb.close();
    }

    @Test
    void acceptsAValidConfiguration() throws IOException {
        Files.writeString(lb.paths().candidateConfig(), lb.config(List.of(server)));

        assertThat(haproxy.check(lb.paths().candidateConfig())).isEqualTo(new ConfigCheck(true, ""));
    }

    @Test
    void rejectsABrokenConfigurationWithHaproxysReasonOnly() throws IOException {
        String broken = lb.config(List.of(server)) + "    server s2 127.0.0.1:notaport\n    balnce roundrobin\n";
        Files.writeString(lb.paths().candidateConfig(), broken);

        ConfigCheck check = haproxy.check(lb.paths().candidateConfig());

        assertThat(check.ok()).isFalse();
        assertThat(check.message())
                .contains("[haproxy.cfg.next:17] : 'server be/s2' : invalid character 'n' in port number")
                .contains("parsing [haproxy.cfg.next:18] : unknown keyword 'balnce' in 'backend' section")
                .doesNotContain("NOTICE", "[ALERT]", "Fatal errors", lb.paths().dir().toString());
    }
}
