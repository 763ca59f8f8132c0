package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.host.Processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nginx of one load balancer's UDP side, in a directory of its own (configuration, pid file, error log). Like
 * its HAProxy it outlives the agent, which finds it again by its pid file.
 */
public final class NginxProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SOFT_STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration HARD_STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Path dir;
    private final NginxBinary binary;

    public NginxProcess(Path dir, NginxBinary binary) {
        this.dir = dir.toAbsolutePath();
        this.binary = binary;
    }

    public Path config() {
        return dir.resolve("nginx.conf");
    }

    /** The configuration being checked before it replaces {@link #config()}. */
    public Path candidateConfig() {
        return dir.resolve("nginx.conf.next");
    }

    public Path pidFile() {
        return dir.resolve("nginx.pid");
    }

    /** The master's pid as its pid file says; 0 if there is none. */
    public long pidFileValue() {
        return Processes.pidIn(pidFile()).orElse(0);
    }

    /** Whether the pid file names a live nginx (a stale pid file may name another process by now). */
    public boolean isRunning() {
        return runningMaster().isPresent();
    }

    /** Starts nginx as a daemon on {@link #config()}; returns once its master has a worker. */
    public void start() {
        runningMaster().ifPresent(pid -> {
            throw new NginxException("nginx of " + dir + " already runs (master " + pid + ")");
        });
        NginxBinary.Run run = binary.run(config(), List.of());
        if (run.exitCode() != 0) {
            throw new NginxException("nginx of " + dir + " did not start: " + run.reason());
        }
        Processes.poll(START_TIMEOUT, () -> runningMaster().filter(pid -> !workers(pid).isEmpty()))
                .orElseThrow(() -> new NginxException("nginx of " + dir + " started but has no worker"));
    }

    /**
     * Has the master read {@link #config()} again (SIGHUP) and returns once only new workers run: an old worker
     * still takes datagrams while it shuts down (for {@code worker_shutdown_timeout} at most), so the change is in
     * force only then.
     */
    public void reload() {
        long pid = runningMaster().orElseThrow(() -> new NginxException("nginx of " + dir + " is not running"));
        Set<Long> before = workers(pid);
        Processes.signal(pid, "HUP");
        Processes.poll(RELOAD_TIMEOUT, () -> Optional.of(workers(pid))
                        .filter(now -> !now.isEmpty() && now.stream().noneMatch(before::contains)))
                .orElseThrow(() -> new NginxException("nginx of " + dir + " did not reload within " + RELOAD_TIMEOUT
                        + ", see " + dir.resolve("error.log")));
    }

    /** Stops nginx gracefully (SIGQUIT: sessions in progress finish), hard if it takes too long. */
    public void stop() {
        Optional<Long> pid = runningMaster();
        if (pid.isPresent() && !Processes.stop(pid.get(), "QUIT", SOFT_STOP_TIMEOUT, HARD_STOP_TIMEOUT)) {
            throw new NginxException("nginx of " + dir + " (master " + pid.get() + ") did not stop");
        }
    }

    /** The master's worker processes now (those of a reload in progress included). */
    public Set<Long> workers() {
        return runningMaster().map(NginxProcess::workers).orElse(Set.of());
    }

    private Optional<Long> runningMaster() {
        OptionalLong pid = Processes.pidIn(pidFile());
        if (pid.isEmpty() || !Processes.alive(pid.getAsLong())) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong()).filter(process -> process.info().command()
                .map(command -> command.endsWith("nginx")).orElse(false)).map(ProcessHandle::pid);
    }

    private static Set<Long> workers(long master) {
        return ProcessHandle.of(master).map(process -> process.children().map(ProcessHandle::pid)
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
