package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.haproxy.ConfigCheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The nginx executable ({@code executable}: a path, or a name on the PATH) and where its stream module is, when it
 * is a dynamic module (Debian's {@code libnginx-mod-stream}); empty when nginx was built with it.
 */
public record NginxBinary(String executable, String streamModule) {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern EMERGENCY = Pattern.compile("^nginx: \\[(emerg|alert)]\\s*");

    /** Runs {@code nginx -t} on {@code config}, with its directory as nginx's prefix. */
    public ConfigCheck check(Path config) {
        Run run = run(config, List.of("-t"));
        return new ConfigCheck(run.exitCode() == 0, run.exitCode() == 0 ? "" : run.reason());
    }

    /** Runs nginx on {@code config} with more {@code arguments} ({@code -s reload}, say) until it exits. */
    Run run(Path config, List<String> arguments) {
        Path absolute = config.toAbsolutePath();
        Path prefix = absolute.getParent();
        List<String> command = new ArrayList<>(List.of(executable, "-p", prefix + "/", "-c",
                absolute.getFileName().toString(), "-e", prefix.resolve("error.log").toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).directory(prefix.toFile()).redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("nginx.out").toFile()).start();
            if (!process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new NginxException("'" + String.join(" ", command) + "' did not exit within " + RUN_TIMEOUT);
            }
            return new Run(process.exitValue(), Files.readString(prefix.resolve("nginx.out"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NginxException("cannot run '" + String.join(" ", command) + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NginxException("interrupted while running '" + String.join(" ", command) + "'", e);
        }
    }

    /** How a run of nginx ended; {@code output}: its standard output and error mixed. */
    record Run(int exitCode, String output) {

        /** nginx's emergencies without their prefix, or all of its output if it raised none. */
        String reason() {
            String emergencies = output.lines().filter(line -> EMERGENCY.matcher(line).find())
                    .map(line -> EMERGENCY.matcher(line).replaceFirst("").trim())
                    .collect(Collectors.joining("\n"));
            return emergencies.isEmpty() ? output.strip() : emergencies;
        }
    }
}
