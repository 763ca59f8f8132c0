package io.lbaas.dataplane.certificate;

import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.dataplane.haproxy.LbPaths;
import io.lbaas.dataplane.haproxy.RuntimeApi;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers ACME http-01 challenges from each load balancer's own HAProxy: the tokens in flight live in the LB's
 * challenge map, written to its file (read on every start and reload) and added to the running process through
 * the runtime API, so no reload is needed to answer one.
 */
@ApplicationScoped
public class HaproxyChallenges {

    private static final Duration RUNTIME_TIMEOUT = Duration.ofSeconds(5);

    private final Path root;
    private final Map<UUID, Map<String, String>> tokens = new HashMap<>();

    HaproxyChallenges(DataPlaneConfig config) {
        this.root = config.runtimeDir();
    }

    /** The publisher of one LB's challenges. */
    public ChallengePublisher of(UUID lbId) {
        LbPaths paths = LbPaths.of(root, lbId);
        return new ChallengePublisher() {
            @Override
            public void publish(String token, String content) {
                change(lbId, paths, map -> map.put(token, content));
                runtime(paths, "add map " + paths.acmeChallenges() + " " + token + " " + content);
            }

            @Override
            public void withdraw(String token) {
                if (change(lbId, paths, map -> map.remove(token) != null)) {
                    runtime(paths, "del map " + paths.acmeChallenges() + " " + token);
                }
            }
        };
    }

    /** Writes the LB's challenge map as it stands, before its HAProxy reads it. */
    public synchronized void writeMap(UUID lbId, LbPaths paths) {
        write(paths, tokens.getOrDefault(lbId, Map.of()));
    }

    private synchronized <T> T change(UUID lbId, LbPaths paths, Function<Map<String, String>, T> edit) {
        Map<String, String> map = tokens.computeIfAbsent(lbId, id -> new HashMap<>());
        T result = edit.apply(map);
        write(paths, map);
        return result;
    }

    private static void write(LbPaths paths, Map<String, String> map) {
        try {
            Files.createDirectories(paths.dir());
            Files.writeString(paths.acmeChallenges(), map.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue() + "\n").collect(Collectors.joining()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the ACME challenges of " + paths.dir(), e);
        }
    }

    /** The file alone is enough for an HAProxy started later; a running one learns it at once. */
    private static void runtime(LbPaths paths, String command) {
        if (Files.exists(paths.runtimeSocket())) {
            new RuntimeApi(paths.runtimeSocket(), RUNTIME_TIMEOUT).execute(command);
        }
    }
}
