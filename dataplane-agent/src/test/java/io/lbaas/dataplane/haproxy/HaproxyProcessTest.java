package io.lbaas.dataplane.haproxy;

import io.lbaas.testsupport.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HaproxyProcessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private LbUnderTest lb;
    private NamedHttpServer s1;
    private NamedHttpServer s2;

    @BeforeEach
    void startServers() throws IOException {
        lb = LbUnderTest.create();
        s1 = NamedHttpServer.start("s1");
        s2 = NamedHttpServer.start("s2");
        lb.writeConfig(List.of(s1, s2));
    }

    @AfterEach
    void stopAll() throws IOException {
        lb.close();
        s1.close();
        s2.close();
    }

    @Test
    void startsADetachedMasterAndServesRoundRobin() throws IOException {
        MasterProcesses started = lb.haproxy().start();

        assertThat(lb.haproxy().isRunning()).isTrue();
        assertThat(lb.haproxy().masterPid()).hasValue(started.masterPid());
        assertThat(ProcessHandle.of(started.masterPid()).orElseThrow().parent().map(ProcessHandle::pid))
                .as("the master outlives the agent, which is not its parent")
                .isNotEqualTo(ProcessHandle.current().pid());
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(RawHttp.okBody(lb.frontend()));
        }
        assertThat(answers).containsExactlyInAnyOrder("s1", "s1", "s2", "s2");
    }

    @Test
    void refusesToStartASecondHaproxyOnTheSameDirectory() {
        lb.haproxy().start();

        assertThatThrownBy(() -> new HaproxyProcess(lb.paths(), HaproxyBinary.onPath()).start())
                .isInstanceOf(HaproxyException.class)
                .hasMessageContaining("already runs")
                .hasMessageContaining(lb.paths().dir().toString());
    }

    @Test
    void saysWhyItCannotStart() throws IOException {
        Files.writeString(lb.paths().config(), lb.config(List.of(s1)) + "    bogus\n");

        assertThatThrownBy(() -> lb.haproxy().start())
                .isInstanceOf(HaproxyException.class)
                .hasMessageContaining("unknown keyword 'bogus'")
                .hasMessageContaining(lb.paths().dir().toString());
    }

    @Test
    void reloadsWithoutRefusingAConnectionUnderTheSameMasterWithANewWorker() throws Exception {
        MasterProcesses started = lb.haproxy().start();
        long firstWorker = lb.currentWorkerPid();

        try (RequestLoop loop = RequestLoop.start(lb.frontend(), 4)) {
            awaitMoreAnswers(loop, 200);
            for (int i = 0; i < 3; i++) {
                MasterProcesses reloaded = lb.haproxy().reload();
                assertThat(reloaded.masterPid()).isEqualTo(started.masterPid());
                awaitMoreAnswers(loop, 200);
            }
            loop.close();
            assertThat(loop.failures()).isEmpty();
        }
        assertThat(lb.haproxy().masterPid()).hasValue(started.masterPid());
        assertThat(lb.currentWorkerPid()).isNotEqualTo(firstWorker);
        assertThat(ProcessHandle.of(lb.currentWorkerPid()).orElseThrow().info().commandLine())
                .as("the master hands the listening sockets over to the new worker itself")
                .hasValueSatisfying(commandLine -> assertThat(commandLine).contains("-x sockpair@"));
    }

    @Test
    void keepsTheServerStatesSetAtRuntimeAcrossAReload() {
        lb.haproxy().start();
        lb.runtimeApi().setWeight(LbUnderTest.BACKEND, "s1", 7);
        lb.runtimeApi().setState(LbUnderTest.BACKEND, "s2", ServerAdminState.MAINT);

        lb.haproxy().reload();

        assertThat(lb.status("s1").weight()).isEqualTo(7);
        assertThat(lb.status("s2").status()).isEqualTo("MAINT");
    }

    @Test
    void keepsServingTheOldConfigurationWhenTheNewOneFailsAndSaysWhy() throws IOException {
        lb.haproxy().start();
        long worker = lb.currentWorkerPid();
        Files.writeString(lb.paths().config(), lb.config(List.of(s1, s2)) + "    bogus\n");

        assertThatThrownBy(() -> lb.haproxy().reload())
                .isInstanceOf(HaproxyException.class)
                .hasMessageContaining("kept its previous configuration")
                .hasMessageContaining("unknown keyword 'bogus'");
        assertThat(RawHttp.okBody(lb.frontend())).isIn("s1", "s2");
        assertThat(lb.currentWorkerPid()).isEqualTo(worker);

        lb.writeConfig(List.of(s1, s2));
        assertThat(lb.haproxy().reload().failedReloads()).isZero();
        assertThat(lb.currentWorkerPid()).isNotEqualTo(worker);
    }

    @Test
    void aRestartedAgentAdoptsTheRunningHaproxyAndReloadsIt() throws Exception {
        long master = lb.haproxy().start().masterPid();

        try (RequestLoop loop = RequestLoop.start(lb.frontend(), 4)) {
            awaitMoreAnswers(loop, 100);
            HaproxyProcess adopted = HaproxyProcess.adopt(lb.paths(), HaproxyBinary.onPath()).orElseThrow();
            assertThat(adopted.isRunning()).isTrue();
            assertThat(adopted.masterPid()).hasValue(master);
            adopted.reload();
            awaitMoreAnswers(loop, 100);
            loop.close();
            assertThat(loop.failures()).isEmpty();
        }
        assertThat(lb.haproxy().masterPid()).hasValue(master);
    }

    @Test
    void adoptsNothingWhereNoHaproxyRuns() {
        assertThat(HaproxyProcess.adopt(lb.paths(), HaproxyBinary.onPath())).isEmpty();

        lb.haproxy().start();
        lb.haproxy().stop();

        assertThat(HaproxyProcess.adopt(lb.paths(), HaproxyBinary.onPath())).isEmpty();
    }

    @Test
    void stopsMasterAndWorkers() {
        MasterProcesses started = lb.haproxy().start();

        lb.haproxy().stop();

        assertThat(lb.haproxy().isRunning()).isFalse();
        assertThat(exited(started.masterPid())).isTrue();
        assertThat(exited(started.currentWorker().orElseThrow().pid())).isTrue();
        assertThatThrownBy(() -> RawHttp.okBody(lb.frontend())).isInstanceOf(IOException.class);
    }

    private static void awaitMoreAnswers(RequestLoop loop, long more) {
        long target = loop.answers() + more;
        await().atMost(PATIENCE).until(() -> loop.answers() >= target);
    }

    // The daemon's parent, init, may leave it a zombie for a while.
    private static boolean exited(long pid) {
        return ProcessHandle.of(pid).map(process -> process.info().command().isEmpty()).orElse(true);
    }
}
