package io.lbaas.dataplane.haproxy;

import io.lbaas.testsupport.Ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A load balancer's directory for a test, with a hand-made configuration: one frontend on an address of its own,
 * one round-robin backend {@value #BACKEND} whose servers are checked over HTTP every 200 ms. The directory is
 * short-lived and short-named, because a unix socket path must stay under 108 characters.
 */
final class LbUnderTest implements AutoCloseable {

    static final String BACKEND = "be";
    static final String CHECK = "check inter 200ms fall 1 rise 1";
    private static final AtomicInteger LAST_HOST = new AtomicInteger();

    private final LbPaths paths;
    private final InetSocketAddress frontend;
    private final HaproxyProcess haproxy;

    private LbUnderTest(Path dir) {
        this.paths = new LbPaths(dir);
        this.frontend = new InetSocketAddress("127.77.0." + LAST_HOST.incrementAndGet(), Ports.free());
        this.haproxy = new HaproxyProcess(paths, HaproxyBinary.onPath());
    }

    static LbUnderTest create() throws IOException {
        return new LbUnderTest(Files.createTempDirectory(Path.of("/tmp"), "lb"));
    }

    LbPaths paths() {
        return paths;
    }

    InetSocketAddress frontend() {
        return frontend;
    }

    HaproxyProcess haproxy() {
        return haproxy;
    }

    RuntimeApi runtimeApi() {
        return haproxy.runtimeApi();
    }

    /** Writes the configuration balancing over {@code servers}, each named after the server's name. */
    void writeConfig(List<NamedHttpServer> servers) throws IOException {
        Files.writeString(paths.config(), config(servers));
    }

    String config(List<NamedHttpServer> servers) {
        return """
                global
                    stats socket %s mode 600 level admin expose-fd listeners
                    server-state-file %s
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 5s
                    timeout server 5s
                    load-server-state-from-file global
                frontend fe
                    bind %s:%d
                    default_backend %s
                backend %s
                    balance roundrobin
                    option httpchk GET /
                %s
                """.formatted(paths.runtimeSocket(), paths.serverStateFile(), frontend.getHostString(),
                frontend.getPort(), BACKEND, BACKEND, serverLines(servers));
    }

    ServerStatus status(String server) {
        return runtimeApi().showStat().stream()
                .filter(status -> status.backend().equals(BACKEND) && status.server().equals(server))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server " + server + " in show stat"));
    }

    long currentWorkerPid() {
        return haproxy.processes().currentWorker().orElseThrow().pid();
    }

    @Override
    public void close() throws IOException {
        haproxy.stop();
        try (Stream<Path> files = Files.walk(paths.dir())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String serverLines(List<NamedHttpServer> servers) {
        return servers.stream()
                .map(server -> "    server " + server.name() + " " + server.address() + " " + CHECK)
                .collect(Collectors.joining("\n"));
    }
}
