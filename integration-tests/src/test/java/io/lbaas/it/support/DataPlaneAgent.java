package io.lbaas.it.support;

import io.lbaas.testsupport.TestPebble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data-plane agent of the tests, serving one zone only ({@link #ZONE}, used by no other test), so that the
 * other tests' load balancers stay with whatever status they set themselves. Its HAProxys outlive it on purpose
 * (a restarted agent adopts them); the tests stop them when the agent stops for good.
 */
public final class DataPlaneAgent {

    public static final String ZONE = "pl-waw-1";

    private final Path runtimeDir;
    private final Map<String, String> agentConfig = new HashMap<>();
    private final ServiceProcess process;

    DataPlaneAgent(Map<String, String> config, String apiUrl, String realmUrl) {
        try {
            // Short and outside the project: HAProxy's sockets live here, and a socket path has 107 bytes at most.
            runtimeDir = Files.createTempDirectory(Path.of("/tmp"), "lbaas-it-dp-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the data plane's directory", e);
        }
        config.forEach((key, value) -> {
            if (key.startsWith("kafka.") || key.startsWith("lbaas.event-log.")) {
                agentConfig.put(key, value);
            }
        });
        agentConfig.put("lbaas.dataplane.runtime-dir", runtimeDir.toString());
        agentConfig.put("lbaas.dataplane.zones", ZONE);
        agentConfig.put("lbaas.dataplane.heartbeat-interval", "1s");
        agentConfig.put("lbaas.dataplane.traffic-interval", "1s");
        agentConfig.put("lbaas.dataplane.loopback-routes", "fd77::/48");
        agentConfig.put("quarkus.rest-client.control-plane.url", apiUrl);
        agentConfig.put("quarkus.oidc-client.auth-server-url", realmUrl);
        // Let's Encrypt certificates come from pebble, whose directory's TLS this JVM alone is made to trust.
        TestPebble pebble = TestPebble.start();
        agentConfig.put("lbaas.dataplane.acme.directory", pebble.directoryUrl().toString());
        agentConfig.put("lbaas.dataplane.acme.account-dir", runtimeDir.resolve("acme").toString());
        agentConfig.put("javax.net.ssl.trustStore", pebble.trustStore().toString());
        agentConfig.put("javax.net.ssl.trustStorePassword", pebble.trustStorePassword());
        process = new ServiceProcess("dataplane-agent", agentConfig, this::stopLoadBalancers);
    }

    public ServiceProcess process() {
        return process;
    }

    /**
     * A second agent of the same host (same runtime directory, same zone, same consumer group), not started: the
     * caller starts and kills it. Its HAProxys are the host's, stopped with the first agent's.
     */
    public ServiceProcess another(String instanceId) {
        Map<String, String> config = new HashMap<>(agentConfig);
        config.put("lbaas.dataplane.instance-id", instanceId);
        return new ServiceProcess("dataplane-agent", config);
    }

    public Path runtimeDir() {
        return runtimeDir;
    }

    /**
     * The worker processes of an LB's HAProxy: a hitless reload replaces them, a change through the runtime API
     * does not. Read from the master's pid file and its children, so no other LB's reloads count.
     */
    public Set<Long> workersOf(String lbId) {
        try {
            long master = Long.parseLong(Files.readString(runtimeDir.resolve(lbId).resolve("haproxy.pid")).strip());
            return ProcessHandle.of(master).map(process -> process.children().map(ProcessHandle::pid)
                    .collect(Collectors.toSet())).orElse(Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException("no HAProxy runs LB " + lbId, e);
        }
    }

    /**
     * Stops every HAProxy and every nginx (UDP) the agent started (their masters; the workers follow), then removes
     * their files: left running, they would hold addresses the next run's LBs get again.
     */
    private void stopLoadBalancers() {
        try (Stream<Path> pidFiles = Files.list(runtimeDir).flatMap(dir -> Stream.of(dir.resolve("haproxy.pid"),
                dir.resolve("udp").resolve("nginx.pid")))) {
            for (Path pidFile : pidFiles.filter(Files::isRegularFile).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("could not stop every HAProxy and nginx under " + runtimeDir + ": " + e);
        }
        try (Stream<Path> files = Files.walk(runtimeDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + runtimeDir + ": " + e);
        }
    }
}
