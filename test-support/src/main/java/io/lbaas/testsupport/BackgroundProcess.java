package io.lbaas.testsupport;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program started for the tests, its output in a log file. Everything started this way is stopped when the
 * JVM exits, newest first, so services go down before the broker and the database they use.
 */
public final class BackgroundProcess {

    private static final Logger LOG = Logger.getLogger(BackgroundProcess.class);
    private static final Deque<BackgroundProcess> STARTED = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BackgroundProcess::stopAll, "stop-test-processes"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final Runnable afterStop;

    private BackgroundProcess(String name, Process process, Path log, Runnable afterStop) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.afterStop = afterStop;
    }

    public static BackgroundProcess start(String name, List<String> command, Map<String, String> environment,
                                          Path log) {
        return start(name, command, environment, log, () -> { });
    }

    /** Starts {@code command}; {@code afterStop} runs once the process has stopped (to clean up after it). */
    public static BackgroundProcess start(String name, List<String> command, Map<String, String> environment,
                                          Path log, Runnable afterStop) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            BackgroundProcess started = new BackgroundProcess(name, builder.start(), log, afterStop);
            synchronized (STARTED) {
                STARTED.push(started);
            }
            LOG.infof("started %s (pid %d), log in %s", name, started.process.pid(), log);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the process and its children, politely first. */
    public void stop() {
        synchronized (STARTED) {
            STARTED.remove(this);
        }
        terminate(false);
        afterStop.run();
    }

    /** Kills the process and its children at once, as a crash would. */
    public void kill() {
        synchronized (STARTED) {
            STARTED.remove(this);
        }
        terminate(true);
    }

    private void terminate(boolean forcibly) {
        List<ProcessHandle> children = process.descendants().toList();
        if (forcibly) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } else {
            children.forEach(ProcessHandle::destroy);
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warnf("%s did not stop cleanly: %s", name, e);
        }
    }

    private static void stopAll() {
        while (true) {
            BackgroundProcess next;
            synchronized (STARTED) {
                next = STARTED.peek();
            }
            if (next == null) {
                return;
            }
            next.stop();
        }
    }
}
