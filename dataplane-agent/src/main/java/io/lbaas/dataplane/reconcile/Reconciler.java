package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.dataplane.desired.Assignment;
import io.lbaas.dataplane.desired.DesiredState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Makes every load balancer run as the log says, each on its own HAProxy. The work on one LB is serial and
 * coalesced: changes that arrive while it is being applied are applied together, once, right after. Nothing is
 * applied before the agent has caught up with the log, so a restarted agent never replays history onto HAProxy.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final DesiredState desired;
    private final LbApplier applier;
    private final Assignment assignment;
    private final DataPlaneConfig config;
    private final ExecutorService workers;
    private final Map<UUID, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile boolean stopping;

    Reconciler(DesiredState desired, LbApplier applier, Assignment assignment, DataPlaneConfig config) {
        this.desired = desired;
        this.assignment = assignment;
        this.applier = applier;
        this.config = config;
        this.workers = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread thread = new Thread(runnable, "lb-reconciler");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * An event touched this load balancer. Ignored until the agent has caught up with the log (it then applies
     * every LB, and stops those no longer on the log or no longer its own) and while it stops.
     */
    public void changed(UUID lbId) {
        if (caughtUp && !stopping) {
            schedule(lbId);
        }
    }

    /**
     * The agent has read its partitions to their end: every LB of the log is applied, and every HAProxy left
     * running for an LB that is no longer on the log (deleted while the agent was away) is stopped.
     */
    public void caughtUp(Set<UUID> lbIds) {
        caughtUp = true;
        Set<UUID> all = new HashSet<>(lbIds);
        all.addAll(leftOnDisk());
        all.forEach(this::schedule);
    }

    /** Partitions were assigned: they are read from their beginning again before anything is applied. */
    public void catchingUp() {
        caughtUp = false;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    /**
     * Applies every LB again now and then, although nothing changed on the log: an HAProxy that died is started
     * again, a report that did not arrive is sent again. An LB that is as it should be costs a check of its
     * files and its process.
     */
    @Scheduled(every = "${lbaas.dataplane.resync-interval}", delayed = "${lbaas.dataplane.resync-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resync() {
        if (caughtUp && !stopping) {
            desired.lbIds().forEach(this::schedule);
        }
    }

    private void schedule(UUID lbId) {
        Slot slot = slots.computeIfAbsent(lbId, Slot::new);
        if (slot.queue()) {
            workers.execute(() -> run(slot));
        }
    }

    private void run(Slot slot) {
        while (slot.next()) {
            try (HostLock lock = HostLock.of(config.runtimeDir(), slot.lbId)) {
                reconcile(slot.lbId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "applying lb %s failed", slot.lbId);
            }
        }
    }

    /**
     * One pass over one LB. The agents of a host share its HAProxys: an LB of a zone this agent does not serve, or
     * of a project it does not own (any more), is left running for the agent that does. An LB the log does not show
     * (any more) is stopped if its project is this agent's: it was removed while the agent was away.
     */
    private void reconcile(UUID lbId) {
        Optional<String> zone = desired.zone(lbId);
        if (zone.isPresent()) {
            if (!serves(zone.get())) {
                applier.release(lbId);
            } else if (desired.deleted(lbId)) {
                applier.takeDown(lbId);
            } else {
                applier.apply(lbId, desired.config(lbId));
            }
        } else if (applier.projectOnDisk(lbId).map(assignment::owns).orElse(true)) {
            applier.apply(lbId, Optional.empty());
        } else {
            applier.release(lbId);
        }
    }

    private boolean serves(String zone) {
        return config.zones().map(zones -> zones.contains(zone)).orElse(true);
    }

    private Set<UUID> leftOnDisk() {
        Path root = config.runtimeDir();
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.map(dir -> dir.getFileName().toString()).forEach(name -> parse(name).ifPresent(found::add));
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", root, e);
        }
        return found;
    }

    private static Optional<UUID> parse(String name) {
        try {
            return Optional.of(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The load balancers keep serving while the agent is away: a restarted agent adopts them. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        workers.shutdownNow();
    }

    /** One LB's place in the queue: at most one worker on it, and at most one more pass owed. */
    private static final class Slot {
        private final UUID lbId;
        private boolean queued;
        private boolean running;

        Slot(UUID lbId) {
            this.lbId = lbId;
        }

        /** Marks a pass owed; true if the caller must start a worker for it. */
        synchronized boolean queue() {
            if (queued) {
                return false;
            }
            queued = true;
            if (running) {
                return false;
            }
            running = true;
            return true;
        }

        /** Takes the pass owed, if any; otherwise the worker leaves. */
        synchronized boolean next() {
            if (!queued) {
                running = false;
                return false;
            }
            queued = false;
            return true;
        }
    }
}
