package io.lbaas.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root, found from the working directory of whichever module runs the tests. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path path() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isExecutable(candidate.resolve("deploy/bin/kafka-run"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/bin/kafka-run above " + dir);
    }

    public static Path script(String name) {
        return path().resolve("deploy/bin").resolve(name);
    }

    /** A scratch directory for processes the tests start, under the root's target/. */
    public static Path scratch(String name) {
        return path().resolve("target/test-stack").resolve(name);
    }
}
