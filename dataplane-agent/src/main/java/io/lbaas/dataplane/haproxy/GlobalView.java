package io.lbaas.dataplane.haproxy;

/**
 * The process-wide settings as the template writes them: paths already quoted.
 *
 * @param accessLogs whether a frontend logs its traffic, which then goes to standard output
 */
public record GlobalView(String runtimeSocket, String pidFile, String serverStateFile, int maxConnections,
                         boolean accessLogs, TlsProfile tls) {

    /** Enough for a busy load balancer, well within the 20000 file descriptors a process may open here. */
    static final int MAX_CONNECTIONS = 8000;
}
