package io.lbaas.dataplane.haproxy;

import java.nio.file.Path;
import java.time.Duration;

/** The command line of one HAProxy's master process, on its {@code master.sock}. */
public final class MasterCli {

    private final Path socket;
    private final Duration timeout;

    public MasterCli(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    /** Sends one command; {@code @1 <command>} reaches the current worker through the master. */
    public String execute(String command) {
        return UnixSocketCli.send(socket, command, timeout);
    }

    public MasterProcesses showProc() {
        return MasterProcesses.parse(execute("show proc"));
    }

    /**
     * Asks the master to re-execute itself on the configuration file and start a new worker. HAProxy 2.6 answers
     * nothing and closes the connection: whether the reload worked shows in {@link #showProc()} afterwards.
     */
    public void reload() {
        execute("reload");
    }
}
