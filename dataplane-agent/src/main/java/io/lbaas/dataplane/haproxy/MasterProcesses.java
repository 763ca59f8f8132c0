package io.lbaas.dataplane.haproxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processes of one HAProxy as its master lists them ({@code show proc}). {@code reloads} counts every reload
 * asked of the master, {@code failedReloads} those that failed since the last one that succeeded.
 */
public record MasterProcesses(long masterPid, int reloads, int failedReloads, List<Worker> workers) {

    private static final Pattern MASTER_LINE =
            Pattern.compile("^(\\d+)\\s+master\\s+(\\d+)\\s+\\[failed:\\s*(\\d+)]");
    private static final Pattern WORKER_LINE = Pattern.compile("^(\\d+)\\s+worker\\s+(\\d+)\\s");

    /** A worker; {@code reloads} is how many reloads it has lived through, so only the current one has 0. */
    public record Worker(long pid, int reloads) {
    }

    /**
     * The worker serving the latest configuration. After a failed reload the previous worker keeps serving, having
     * lived through one reload more, so the current worker is the one that has lived through the fewest.
     */
    public Optional<Worker> currentWorker() {
        return workers.stream().min(Comparator.comparingInt(Worker::reloads));
    }

    /** Parses the answer of HAProxy 2.6 to {@code show proc}. */
    static MasterProcesses parse(String showProc) {
        Matcher master = null;
        List<Worker> workers = new ArrayList<>();
        for (String line : showProc.lines().toList()) {
            Matcher masterLine = MASTER_LINE.matcher(line);
            Matcher workerLine = WORKER_LINE.matcher(line);
            if (masterLine.find()) {
                master = masterLine;
            } else if (workerLine.find()) {
                workers.add(new Worker(Long.parseLong(workerLine.group(1)), Integer.parseInt(workerLine.group(2))));
            }
        }
        if (master == null) {
            throw new HaproxyException("no master in the answer to 'show proc': " + showProc);
        }
        return new MasterProcesses(Long.parseLong(master.group(1)), Integer.parseInt(master.group(2)),
                Integer.parseInt(master.group(3)), List.copyOf(workers));
    }
}
