package io.lbaas.dataplane.haproxy;

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

/** The HAProxy executable: {@code executable} is a path, or a name looked up on the PATH. */
public record HaproxyBinary(String executable) {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ALERT_PREFIX = Pattern.compile("^\\[ALERT]\\s*\\(\\d+\\)\\s*:\\s*");
    // HAProxy closes every failed check with these; they tell a tenant nothing the lines before them did not.
    private static final List<String> GENERIC_ALERTS = List.of(
            "Error(s) found in configuration file", "Fatal errors found in configuration.");

    public static HaproxyBinary onPath() {
        return new HaproxyBinary("haproxy");
    }

    /**
     * Runs {@code haproxy -c} on {@code config}. It runs in the configuration's directory and names the file
     * relatively so that HAProxy's messages point at "haproxy.cfg.next:12", not at the agent's host layout.
     */
    public ConfigCheck check(Path config) {
        Path absolute = config.toAbsolutePath();
        Run run = run(absolute.getParent(), List.of("-c", "-f", absolute.getFileName().toString()));
        return new ConfigCheck(run.exitCode() == 0, run.exitCode() == 0 ? "" : run.reason());
    }

    /** Runs HAProxy with {@code arguments} until it exits; its output goes through a file so it cannot block it. */
    Run run(Path workingDirectory, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable));
        command.addAll(arguments);
        Path output = null;
        try {
            output = Files.createTempFile("haproxy-", ".out");
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new HaproxyException("'" + String.join(" ", command) + "' in " + workingDirectory
                        + " did not exit within " + RUN_TIMEOUT);
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HaproxyException("cannot run '" + String.join(" ", command) + "' in " + workingDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted while running '" + String.join(" ", command) + "'", e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover file in the temporary directory is not worth failing the operation for.
        }
    }

    /** How a run of HAProxy ended, {@code output} being its standard output and error mixed. */
    record Run(int exitCode, String output) {

        /** HAProxy's alerts without their pid prefix, or all of its output if it raised none. */
        String reason() {
            String alerts = output.lines()
                    .filter(line -> ALERT_PREFIX.matcher(line).find())
                    .map(line -> ALERT_PREFIX.matcher(line).replaceFirst("").trim())
                    .filter(alert -> GENERIC_ALERTS.stream().noneMatch(alert::contains))
                    .collect(Collectors.joining("\n"));
            return alerts.isEmpty() ? output.strip() : alerts;
        }
    }
}
