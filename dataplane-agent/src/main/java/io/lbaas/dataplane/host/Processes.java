package io.lbaas.dataplane.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The daemons the agent runs (HAProxy, nginx) outlive it: it finds them again by their pid files and drives them
 * with signals, as their own command-line tools do.
 */
public final class Processes {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private Processes() {
    }

    /** The pid a pid file names; empty if there is none. The process may be long gone. */
    public static OptionalLong pidIn(Path pidFile) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() && !zombie(pid);
    }

    /** Sends {@code signal} (USR1, HUP, QUIT...): Java itself can only send SIGTERM and SIGKILL. */
    public static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("cannot send SIG" + signal + " to " + pid + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill for " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + pid, e);
        }
    }

    /**
     * Stops {@code pid} with {@code softSignal} (finish what is in progress), then SIGTERM if it takes longer than
     * {@code soft}; answers false if it is still there {@code hard} later.
     */
    public static boolean stop(long pid, String softSignal, Duration soft, Duration hard) {
        signal(pid, softSignal);
        if (poll(soft, () -> exited(pid)).isPresent()) {
            return true;
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        return poll(hard, () -> exited(pid)).isPresent();
    }

    /** Tries {@code attempt} until it answers something or {@code timeout} has passed. */
    public static <T> Optional<T> poll(Duration timeout, Supplier<Optional<T>> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<T> result = attempt.get();
        while (result.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
            result = attempt.get();
        }
        return result;
    }

    private static Optional<Long> exited(long pid) {
        return alive(pid) ? Optional.empty() : Optional.of(pid);
    }

    // A daemon's parent is init, which may take its time to reap it; Java counts a zombie as alive.
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException e) {
            return false;
        }
    }
}
