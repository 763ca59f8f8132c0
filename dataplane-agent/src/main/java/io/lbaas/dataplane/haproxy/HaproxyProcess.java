package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.host.Processes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The HAProxy of one load balancer: a master process that outlives the agent, and the worker it runs on the
 * configuration in {@link LbPaths#config()}. Everything about it is found again from its directory, so an agent
 * that restarts {@link #adopt adopts} the running HAProxy instead of restarting it.
 */
public final class HaproxyProcess {

    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SOFT_STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration HARD_STOP_TIMEOUT = Duration.ofSeconds(5);

    private final LbPaths paths;
    private final HaproxyBinary binary;
    private final MasterCli master;
    private final RuntimeApi runtime;

    public HaproxyProcess(LbPaths paths, HaproxyBinary binary) {
        // The master re-executes itself on reload with its first arguments, from "/": they must be absolute.
        this.paths = new LbPaths(paths.dir().toAbsolutePath());
        this.binary = binary;
        this.master = new MasterCli(this.paths.masterSocket(), CLI_TIMEOUT);
        this.runtime = new RuntimeApi(this.paths.runtimeSocket(), CLI_TIMEOUT);
    }

    /** The HAProxy already running in {@code paths}' directory, as an agent finds it after a restart. */
    public static Optional<HaproxyProcess> adopt(LbPaths paths, HaproxyBinary binary) {
        HaproxyProcess process = new HaproxyProcess(paths, binary);
        return process.isRunning() ? Optional.of(process) : Optional.empty();
    }

    public LbPaths paths() {
        return paths;
    }

    public RuntimeApi runtimeApi() {
        return runtime;
    }

    public MasterCli masterCli() {
        return master;
    }

    /**
     * Starts HAProxy in master-worker mode as a daemon: the master leaves the agent's session and is re-parented,
     * so it keeps serving when the agent stops. Returns once the master and a worker answer.
     */
    public MasterProcesses start() {
        answeringMaster().ifPresent(running -> {
            throw new HaproxyException("HAProxy of " + paths.dir() + " already runs (master " + running.masterPid()
                    + "): adopt it instead");
        });
        HaproxyBinary.Run run = binary.run(paths.dir(), List.of(
                "-W", "-D",
                "-S", paths.masterSocket() + ",mode,600",
                "-p", paths.pidFile().toString(),
                "-f", paths.config().toString()));
        if (run.exitCode() != 0) {
            throw new HaproxyException("HAProxy of " + paths.dir() + " did not start: " + run.reason());
        }
        return Processes.poll(START_TIMEOUT, this::servingProcesses).orElseThrow(() -> new HaproxyException(
                "HAProxy of " + paths.dir() + " started but did not answer on its sockets within " + START_TIMEOUT));
    }

    /** Whether the pid file names a live process that answers on the master socket as that very process. */
    public boolean isRunning() {
        return answeringMaster().isPresent();
    }

    /** The master's pid as its pid file says; the process may be long gone. */
    public OptionalLong masterPid() {
        return Processes.pidIn(paths.pidFile());
    }

    public MasterProcesses processes() {
        return master.showProc();
    }

    /**
     * Reloads the configuration without refusing a connection: the master re-executes itself and hands the
     * listening sockets to the new worker, while the old one finishes its sessions. The servers' operational
     * states (health, weight, maintenance) are saved first for the new worker to load. If the new configuration
     * fails, HAProxy keeps serving the old one and this throws HAProxy's reason.
     */
    public MasterProcesses reload() {
        MasterProcesses before = master.showProc();
        saveServerStates();
        master.reload();
        MasterProcesses after = Processes.poll(RELOAD_TIMEOUT, () -> reloadedSince(before)).orElseThrow(() ->
                new HaproxyException("the master of " + paths.dir() + " did not report the reload within "
                        + RELOAD_TIMEOUT));
        if (after.failedReloads() > 0) {
            throw new HaproxyException("HAProxy of " + paths.dir() + " kept its previous configuration, the new one "
                    + "failed: " + binary.check(paths.config()).message());
        }
        return after;
    }

    /**
     * Stops HAProxy softly (SIGUSR1: listeners close, sessions in progress finish), hard if it takes too long.
     * Does nothing unless a master answers, so that a stale pid file never gets another process signalled.
     */
    public void stop() {
        Optional<MasterProcesses> running = answeringMaster();
        if (running.isEmpty()) {
            return;
        }
        long pid = running.get().masterPid();
        if (!Processes.stop(pid, "USR1", SOFT_STOP_TIMEOUT, HARD_STOP_TIMEOUT)) {
            throw new HaproxyException("HAProxy of " + paths.dir() + " (master " + pid + ") did not stop");
        }
    }

    private Optional<MasterProcesses> answeringMaster() {
        OptionalLong pid = masterPid();
        if (pid.isEmpty() || !Processes.alive(pid.getAsLong())) {
            return Optional.empty();
        }
        try {
            return Optional.of(master.showProc()).filter(processes -> processes.masterPid() == pid.getAsLong());
        } catch (HaproxyException e) {
            return Optional.empty();
        }
    }

    private Optional<MasterProcesses> servingProcesses() {
        Optional<MasterProcesses> processes = answeringMaster()
                .filter(answering -> answering.currentWorker().isPresent());
        try {
            processes.ifPresent(answering -> runtime.execute("show info"));
            return processes;
        } catch (HaproxyException e) {
            return Optional.empty();
        }
    }

    private Optional<MasterProcesses> reloadedSince(MasterProcesses before) {
        try {
            return Optional.of(master.showProc()).filter(now -> now.reloads() > before.reloads());
        } catch (HaproxyException e) {
            // For a moment the master re-executes itself and does not answer.
            return Optional.empty();
        }
    }

    private void saveServerStates() {
        String states = runtime.showServersState();
        Path next = paths.serverStateFile().resolveSibling(paths.serverStateFile().getFileName() + ".next");
        try {
            Files.writeString(next, states, StandardCharsets.UTF_8);
            Files.move(next, paths.serverStateFile(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new HaproxyException("cannot save the server states of " + paths.dir() + " before reloading", e);
        }
    }
}
