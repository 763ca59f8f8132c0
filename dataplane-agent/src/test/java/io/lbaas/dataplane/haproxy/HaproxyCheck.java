package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.LbConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's {@code haproxy -c} on a rendered configuration, for the renderer's tests. */
final class HaproxyCheck {

    private HaproxyCheck() {
    }

    /**
     * Writes the rendered files and returns what {@code haproxy -c} complains about, but for what this sandbox
     * causes: no DNS for failover hosts, no server states saved by a previous run.
     */
    static List<String> problems(HaproxyConfigRenderer renderer, Path root, LbConfig lb)
            throws IOException, InterruptedException {
        LbPaths paths = LbPaths.of(root, lb.id());
        RenderedConfig rendered = renderer.render(lb, paths);
        Files.createDirectories(paths.certificates());
        Files.writeString(paths.config(), rendered.haproxyCfg());
        // The agent keeps this map (ACME challenges in flight), not the renderer; HAProxy needs it to exist.
        Files.writeString(paths.acmeChallenges(), "");
        for (Map.Entry<Path, String> file : rendered.files().entrySet()) {
            Files.writeString(file.getKey(), file.getValue());
        }
        Process check = new ProcessBuilder("haproxy", "-c", "-f", paths.config().toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.contains("[WARNING]") || line.contains("[ALERT]"))
                .filter(line -> !line.contains("could not resolve address 'site.s3-website")
                        && !line.contains("Can't open global server state file"))
                .toList();
    }
}
