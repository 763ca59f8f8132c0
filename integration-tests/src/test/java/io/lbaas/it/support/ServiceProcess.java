package io.lbaas.it.support;

import io.lbaas.testsupport.BackgroundProcess;
import io.lbaas.testsupport.Ports;
import io.lbaas.testsupport.ProjectRoot;
import org.awaitility.Awaitility;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged service (its module's target/quarkus-app), run as a process with -Xmx256m on a port of its
 * own that stays the same across restarts.
 */
public final class ServiceProcess {

    private final String module;
    private final Map<String, String> config;
    private final Runnable afterStop;
    private final int port = Ports.free();
    private BackgroundProcess process;

    ServiceProcess(String module, Map<String, String> config) {
        this(module, config, () -> { });
    }

    /** {@code afterStop}: cleans up what the service leaves running on purpose (the data plane's HAProxys). */
    ServiceProcess(String module, Map<String, String> config, Runnable afterStop) {
        this.module = module;
        this.config = config;
        this.afterStop = afterStop;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        Path jar = ProjectRoot.path().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        process = BackgroundProcess.start(module, command, Map.of(),
                ProjectRoot.scratch("it-" + module + "-" + port + ".log"), afterStop);
    }

    public void awaitReady() {
        Awaitility.await(module + " ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.alive()) {
                        throw new IllegalStateException(module + " exited, see " + process.log());
                    }
                    return ready();
                });
    }

    /** Kills the process at once, as a crash would: no shutdown hooks, no commits. */
    public void kill() {
        process.kill();
    }

    public void restart() {
        start();
        awaitReady();
    }

    /** Brings the service back if a test killed it and failed before restarting it. */
    public void ensureRunning() {
        if (!process.alive()) {
            restart();
        }
    }

    private boolean ready() {
        return readiness().status() == 200;
    }

    /** What /q/health/ready answers; status 0 while nothing answers. */
    public record Health(int status, String body) {
    }

    public Health readiness() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Health(response.statusCode(), response.body());
        } catch (Exception e) {
            return new Health(0, e.toString());
        }
    }
}
