package io.lbaas.testsupport;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * One Kafka node for the tests of this run, on a port of its own ({@code lbaas.test.kafka.port}, default 19092).
 * A node already listening there is reused; a node started here starts from empty storage and is stopped,
 * with its database, when the JVM exits.
 */
public final class TestKafka {

    private final int port;
    private final Path dataDir;
    private final BackgroundProcess process;

    private TestKafka(int port, Path dataDir, BackgroundProcess process) {
        this.port = port;
        this.dataDir = dataDir;
        this.process = process;
    }

    static TestKafka startOrReuse(Runnable afterStop) {
        int port = Integer.getInteger("lbaas.test.kafka.port", 19092);
        Path dataDir = ProjectRoot.scratch("kafka-" + port);
        if (Ports.listening(port)) {
            return new TestKafka(port, dataDir, null);
        }
        deleteRecursively(dataDir);
        BackgroundProcess process = BackgroundProcess.start("kafka",
                Scripts.command("kafka-run", dataDir.toString(), Integer.toString(port), Integer.toString(port + 1)),
                Map.of("KAFKA_HEAP", "384m"), dataDir.resolveSibling("kafka-" + port + ".log"), afterStop);
        Awaitility.await("Kafka on port " + port).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.alive()) {
                        throw new IllegalStateException("Kafka exited, see " + process.log());
                    }
                    return Ports.listening(port);
                });
        return new TestKafka(port, dataDir, process);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The id Kafka formatted its storage with: it tells one test broker's life from the next. */
    public String clusterId() {
        Path meta = dataDir.resolve("logs/meta.properties");
        Awaitility.await("Kafka's meta.properties").atMost(Duration.ofMinutes(1)).until(() -> Files.exists(meta));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("cluster.id");
    }

    /** Null when this JVM reuses a node started elsewhere. */
    public BackgroundProcess process() {
        return process;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
