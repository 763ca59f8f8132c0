package io.lbaas.dataplane.haproxy;

import io.lbaas.testsupport.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.lbaas.dataplane.haproxy.LbUnderTest.BACKEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RuntimeApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private LbUnderTest lb;
    private NamedHttpServer s1;
    private NamedHttpServer s2;
    private RuntimeApi api;

    @BeforeEach
    void startLb() throws IOException {
        lb = LbUnderTest.create();
        s1 = NamedHttpServer.start("s1");
        s2 = NamedHttpServer.start("s2");
        lb.writeConfig(List.of(s1, s2));
        lb.haproxy().start();
        api = lb.runtimeApi();
    }

    @AfterEach
    void stopAll() throws IOException {
        lb.close();
        s1.close();
        s2.close();
    }

    @Test
    void anAddedServerTakesRequestsWithoutAReload() throws IOException {
        long worker = lb.currentWorkerPid();
        try (NamedHttpServer s3 = NamedHttpServer.start("s3")) {
            api.addServer(BACKEND, "s3", s3.address(), LbUnderTest.CHECK);

            await().atMost(PATIENCE).until(() -> lb.status("s3").status().equals("UP"));
            assertThat(lb.status("s3").checkStatus()).isEqualTo("L7OK");
            assertThat(answers(6)).containsExactlyInAnyOrder("s1", "s1", "s2", "s2", "s3", "s3");
        }
        assertThat(lb.currentWorkerPid()).isEqualTo(worker);
    }

    @Test
    void aDeletedServerGetsNoMoreRequests() throws IOException {
        answers(10);

        api.deleteServer(BACKEND, "s2");

        assertThat(answers(10)).containsOnly("s1");
        assertThat(api.showStat()).extracting(ServerStatus::server).containsExactly("s1");
    }

    @Test
    void aServerUnderLoadIsDeletedAtOnce() throws Exception {
        try (RequestLoop loop = RequestLoop.start(lb.frontend(), 4)) {
            await().atMost(PATIENCE).until(() -> loop.answersFrom("s2") > 50);

            long start = System.nanoTime();
            api.deleteServer(BACKEND, "s2");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            long answersFromS2 = loop.answersFrom("s2");
            long target = loop.answers() + 100;
            await().atMost(PATIENCE).until(() -> loop.answers() >= target);
            assertThat(loop.answersFrom("s2")).isEqualTo(answersFromS2);
        }
    }

    @Test
    void aDrainedServerGetsNoNewRequestsUntilReady() throws IOException {
        api.setState(BACKEND, "s2", ServerAdminState.DRAIN);

        assertThat(lb.status("s2").status()).isEqualTo("DRAIN");
        assertThat(answers(6)).containsOnly("s1");

        api.setState(BACKEND, "s2", ServerAdminState.READY);

        assertThat(lb.status("s2").status()).isEqualTo("UP");
        assertThat(answers(6)).contains("s2");
    }

    @Test
    void aServerWeighedZeroGetsNoRequests() throws IOException {
        api.setWeight(BACKEND, "s2", 0);

        assertThat(lb.status("s2").weight()).isZero();
        assertThat(answers(6)).containsOnly("s1");
    }

    @Test
    void aStoppedServerIsDownUntilItComesBack() {
        s2.stop();

        await().atMost(PATIENCE).until(() -> lb.status("s2").status().equals("DOWN"));
        ServerStatus down = lb.status("s2");
        assertThat(down.checkStatus()).isEqualTo("L4CON");
        assertThat(down.checkDescription()).isNotBlank();

        s2.restart();

        await().atMost(PATIENCE).until(() -> lb.status("s2").status().equals("UP"));
        assertThat(lb.status("s2").checkStatus()).isEqualTo("L7OK");
    }

    @Test
    void countsWhatServersServed() throws IOException {
        answers(4);

        ServerStatus s1Status = lb.status("s1");
        assertThat(s1Status.totalSessions()).isEqualTo(2);
        assertThat(s1Status.bytesOut()).isPositive();
        assertThat(s1Status.bytesIn()).isPositive();
        assertThat(s1Status.weight()).isEqualTo(1);
    }

    @Test
    void refusalsCarryTheCommandAndHaproxysAnswer() {
        assertThatThrownBy(() -> api.addServer("nope", "s9", "127.0.0.1:1", ""))
                .isInstanceOf(HaproxyException.class)
                .hasMessageContaining(lb.paths().runtimeSocket().toString())
                .hasMessageContaining("'add server nope/s9 127.0.0.1:1 '")
                .hasMessageContaining("No such backend");
        assertThat(api.execute("del server " + BACKEND + "/s1"))
                .as("a raw command returns HAProxy's answer, refusal or not")
                .contains("Only servers in maintenance mode can be deleted.");
    }

    private List<String> answers(int requests) throws IOException {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(RawHttp.okBody(lb.frontend()));
        }
        return answers;
    }
}
