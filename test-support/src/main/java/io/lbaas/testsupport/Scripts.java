package io.lbaas.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the project's own scripts under deploy/bin, which know how each real program is started. */
final class Scripts {

    private Scripts() {
    }

    static List<String> command(String script, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProjectRoot.script(script).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a short script to its end and fails with its output if it fails. */
    static void run(String script, String... arguments) {
        try {
            Process process = new ProcessBuilder(command(script, arguments)).redirectErrorStream(true).start();
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            String output = new String(process.getInputStream().readAllBytes());
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException(script + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
