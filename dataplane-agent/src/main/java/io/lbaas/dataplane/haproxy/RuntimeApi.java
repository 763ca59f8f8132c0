package io.lbaas.dataplane.haproxy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime API of one HAProxy, on its {@code runtime.sock}: changes to servers that take effect without a reload,
 * and what HAProxy observes of them. Changes made here are lost at the next reload unless the configuration has them
 * too, except the operational states that reload keeps through the server-state file.
 */
public final class RuntimeApi {

    private static final Duration DELETION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DELETION_RETRY = Duration.ofMillis(50);
    private static final String SERVER_ADDED = "New server registered.";
    private static final String SERVER_DELETED = "Server deleted.";
    private static final String SERVER_STILL_CONNECTED = "Server still has connections attached to it";

    private final Path socket;
    private final Duration timeout;

    public RuntimeApi(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    public String execute(String command) {
        return UnixSocketCli.send(socket, command, timeout);
    }

    /**
     * Adds a server to a running backend. HAProxy adds it in maintenance, with its health check disabled, so it is
     * then enabled, and its check too if {@code options} asks for one. The backend must use a dynamic balancing
     * algorithm (roundrobin, leastconn, first, random) and {@code default-server} does not apply to it.
     */
    public void addServer(String backend, String server, String addressAndPort, String options) {
        String name = backend + "/" + server;
        expect("add server " + name + " " + addressAndPort + " " + options, SERVER_ADDED);
        expectNoAnswer("enable server " + name);
        if (Arrays.asList(options.trim().split("\\s+")).contains("check")) {
            expectNoAnswer("enable health " + name);
        }
    }

    /**
     * Removes a server from a running backend, cutting the sessions it still has. HAProxy 2.6 deletes only a server
     * in maintenance with no connection left, idle ones included. Entering maintenance closes the idle connections,
     * but a session cut afterwards may leave its connection idle again: so the server drains (no new sessions),
     * loses its sessions, and only then enters maintenance. An idle connection that still slips through goes away
     * within a few pool-purge-delay periods, hence the retries.
     */
    public void deleteServer(String backend, String server) {
        String name = backend + "/" + server;
        setState(backend, server, ServerAdminState.DRAIN);
        awaitDrained(backend, server);
        expectNoAnswer("shutdown sessions server " + name);
        setState(backend, server, ServerAdminState.MAINT);
        long deadline = System.nanoTime() + DELETION_TIMEOUT.toNanos();
        String answer = execute("del server " + name).strip();
        while (answer.startsWith(SERVER_STILL_CONNECTED) && System.nanoTime() < deadline) {
            pause();
            answer = execute("del server " + name).strip();
        }
        if (!answer.equals(SERVER_DELETED)) {
            throw refused("del server " + name, answer);
        }
    }

    /** Sets a backend's dynamic cookie key, which makes HAProxy compute the cookies of servers added since. */
    public void setDynamicCookieKey(String backend, String key) {
        expectNoAnswer("set dynamic-cookie-key backend " + backend + " " + key);
    }

    public void setWeight(String backend, String server, int weight) {
        expectNoAnswer("set weight " + backend + "/" + server + " " + weight);
    }

    public void setState(String backend, String server, ServerAdminState state) {
        expectNoAnswer("set server " + backend + "/" + server + " state " + state.keyword());
    }

    public List<ServerStatus> showStat() {
        return ServerStatus.parseShowStat(execute("show stat"));
    }

    /** The operational state of every server, in the format {@code load-server-state-from-file} reads. */
    public String showServersState() {
        return execute("show servers state");
    }

    /**
     * Lets the requests in flight on a draining server finish (new ones go elsewhere), for at most
     * {@link #DRAIN_TIMEOUT}; what is still there then is cut.
     */
    private void awaitDrained(String backend, String server) {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && showStat().stream().anyMatch(status -> status.backend().equals(backend)
                && status.server().equals(server) && status.currentSessions() > 0)) {
            pause();
        }
    }

    private void expect(String command, String expectedAnswer) {
        String answer = execute(command).strip();
        if (!answer.equals(expectedAnswer)) {
            throw refused(command, answer);
        }
    }

    // HAProxy 2.6 answers these commands with nothing but an empty line when they succeed.
    private void expectNoAnswer(String command) {
        expect(command, "");
    }

    private HaproxyException refused(String command, String answer) {
        return new HaproxyException("runtime API " + socket + " refused '" + command + "': " + answer);
    }

    private static void pause() {
        try {
            Thread.sleep(DELETION_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted while waiting to delete a server", e);
        }
    }
}
