package io.lbaas.it.sdk;

import io.lbaas.testsupport.ProjectRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Node project of the repository: installs its pinned packages and runs its files. By default the Scaleway SDK
 * suite in src/test/node/scaleway-sdk, whose test files run with Node's own runner. Output goes to
 * target/test-stack/&lt;name&gt;/, beside the services' logs, and comes back whole for the failure message.
 */
public final class NodeSuite {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration FILE_TIMEOUT = Duration.ofMinutes(5);
    /** Written into node_modules after an install: which package-lock.json it was made from. */
    private static final String INSTALLED_FROM = ".installed-from-lock-sha256";

    private final Path directory;
    private final String name;

    NodeSuite() {
        this(ProjectRoot.path().resolve("integration-tests/src/test/node/scaleway-sdk"), "scaleway-sdk");
    }

    /** The Node project in {@code directory}; {@code name} names its folder of logs. */
    public NodeSuite(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    public record Run(int exitCode, String output) {
    }

    /** Runs {@code npm ci} unless node_modules was installed from this very package-lock.json: it takes seconds. */
    public void install() {
        Path stamp = directory.resolve("node_modules").resolve(INSTALLED_FROM);
        String lock = sha256(directory.resolve("package-lock.json"));
        if (Files.exists(stamp) && read(stamp).equals(lock)) {
            return;
        }
        Run install = execute("npm-ci", List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), INSTALL_TIMEOUT);
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm ci failed in " + directory + ":\n" + install.output());
        }
        write(stamp, lock);
    }

    /** The suite's feature files ({@code lbs.test.mjs}, ...), by name. */
    List<String> featureFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".test.mjs"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run run(String file, Map<String, String> environment) {
        return execute(file, List.of("node", "--test", "--test-reporter=spec", file), environment, FILE_TIMEOUT);
    }

    /** Runs {@code node} with these arguments in the project's directory. */
    public Run node(String logName, List<String> arguments, Map<String, String> environment) {
        List<String> command = new java.util.ArrayList<>(List.of("node"));
        command.addAll(arguments);
        return execute(logName, command, environment, FILE_TIMEOUT);
    }

    /** Runs {@code command}, its output going to a log file as it comes (tail it while a run is slow). */
    private Run execute(String logName, List<String> command, Map<String, String> environment, Duration timeout) {
        Path log = ProjectRoot.scratch(name).resolve(logName + ".log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(-1, read(log) + "\n(killed after " + timeout + ", log in " + log + ")");
            }
            return new Run(process.exitValue(), read(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + ": is Node 20 on the PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
