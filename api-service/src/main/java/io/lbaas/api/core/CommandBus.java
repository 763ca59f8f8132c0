package io.lbaas.api.core;

import io.lbaas.api.core.CommandPhases.Phase;
import io.lbaas.api.error.ApiException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.log.EventLogConfig;
import io.lbaas.events.log.EventLogPartitioner;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The write path. The commands of one project are decided one at a time (queued in this process, then under
 * the project's PostgreSQL advisory lock, which holds across replicas); each decision reads read models that
 * have caught up with everything on the log for the project; its events are appended and the answer waits
 * until the read models show them, so that the caller reads what it wrote.
 */
@ApplicationScoped
public class CommandBus {

    private static final Logger LOG = Logger.getLogger(CommandBus.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** HQL, not a native query: Hibernate caches the plan of an HQL string, but not of a native query per call. */
    private static final String LOCK =
            "select case when function('pg_advisory_xact_lock', :key) is null then 0 else 1 end";

    private final Vertx vertx;
    private final ProjectLocks locks;
    private final EventLogEnd logEnd;
    private final EventAppender appender;
    private final ProjectionProgress progress;
    private final EventLogConfig log;
    private final Duration readModelWait;
    private final CommandPhases phases;

    CommandBus(Vertx vertx, ProjectLocks locks, EventLogEnd logEnd, EventAppender appender,
               ProjectionProgress progress, EventLogConfig log, CommandConfig config, CommandPhases phases) {
        this.vertx = vertx;
        this.locks = locks;
        this.logEnd = logEnd;
        this.appender = appender;
        this.progress = progress;
        this.log = log;
        this.readModelWait = config.readModelWait();
        this.phases = phases;
    }

    /**
     * Runs one command of {@code project}: {@code decide} reads caught-up state and returns the events to append
     * (or throws an {@link ApiException}); {@code answer} reads the result once the events are visible, still
     * under the project's lock, so it shows exactly this command's outcome.
     */
    public <R> Uni<R> execute(UUID project, Supplier<Uni<List<EventEnvelope>>> decide, Supplier<Uni<R>> answer) {
        int partition = EventLogPartitioner.partitionFor(project, log.partitions());
        return Uni.createFrom().deferred(() -> {
            Executor caller = onCallersContext();
            CommandPhases.Stopwatch stopwatch = phases.start();
            return locks.serialize(project, caller, () -> Panache.withTransaction(() -> {
                        stopwatch.reached(Phase.QUEUED);
                        return lockProject(project)
                                .invoke(() -> stopwatch.reached(Phase.LOCKED))
                                .chain(() -> catchUp(partition))
                                .invoke(() -> stopwatch.reached(Phase.CAUGHT_UP))
                                .emitOn(caller)
                                .chain(decide::get)
                                .invoke(() -> stopwatch.reached(Phase.DECIDED))
                                .chain(events -> appendAndShow(partition, events, stopwatch))
                                .emitOn(caller)
                                .chain(CommandBus::forgetWhatWasRead)
                                .chain(answer::get);
                    }))
                    .invoke(() -> stopwatch.reached(Phase.ANSWERED))
                    .emitOn(caller);
        });
    }

    /**
     * A command on something that exists: {@code find} runs once to learn its project (whose lock orders the
     * command) and again under that lock, caught up, to hand the current state to {@code decide}.
     */
    public <T, R> Uni<R> change(Supplier<Uni<T>> find, Function<T, UUID> projectOf,
                                Function<T, Uni<List<EventEnvelope>>> decide, Supplier<Uni<R>> answer) {
        return find.get().chain(found -> execute(projectOf.apply(found), () -> find.get().chain(decide::apply),
                answer));
    }

    /**
     * Locks the project for the rest of the transaction. The whole command runs in this one Hibernate Reactive
     * session, so it holds a single connection: a command never waits for a second one while holding the first.
     */
    private static Uni<Void> lockProject(UUID project) {
        return lock(project.getMostSignificantBits() ^ project.getLeastSignificantBits());
    }

    private static Uni<Void> lock(long key) {
        return Panache.getSession().chain(session -> session
                        .createSelectionQuery(LOCK, Integer.class).setParameter("key", key)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Inside a decision: also takes the lock named {@code name}, for state shared beyond one project (such as a share
     * of an address pool), then catches up again with the project's partition, which the holder before may have
     * appended to.
     */
    public Uni<Void> exclusive(String name, UUID project) {
        Executor decision = onCallersContext();
        return lock(name.hashCode() * 0x9E3779B97F4A7C15L)
                .chain(() -> catchUp(EventLogPartitioner.partitionFor(project, log.partitions())))
                .emitOn(decision);
    }

    /** The session's cache holds what the decision read; the answer must read what the events made. */
    private static Uni<Void> forgetWhatWasRead() {
        return Panache.getSession().invoke(Mutiny.Session::clear).replaceWithVoid();
    }

    private Uni<Void> catchUp(int partition) {
        return logEnd.of(partition)
                .onFailure().transform(e -> ApiException.unavailable(
                        "the event log is unreachable; nothing was changed", RETRY_AFTER))
                .chain(end -> progress.awaitApplied(partition, end, readModelWait, () -> ApiException.unavailable(
                        "the read models are catching up with the event log; nothing was changed", RETRY_AFTER)));
    }

    private Uni<Void> appendAndShow(int partition, List<EventEnvelope> events, CommandPhases.Stopwatch stopwatch) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return appender.append(partition, events)
                .onFailure().transform(e -> {
                    LOG.warnf(e, "appending %d events to partition %d failed", events.size(), partition);
                    return ApiException.unavailable("the event log did not confirm the change; read before retrying",
                            RETRY_AFTER);
                })
                .invoke(() -> stopwatch.reached(Phase.APPENDED))
                .chain(last -> progress.awaitApplied(partition, last + 1, readModelWait,
                        () -> ApiException.unavailable(
                                "the change is on the event log but not yet readable; it will be", RETRY_AFTER)))
                .invoke(() -> stopwatch.reached(Phase.APPLIED));
    }

    /** Continuations of Kafka and PostgreSQL callbacks come back to the request's Vert.x context. */
    private Executor onCallersContext() {
        Context context = Vertx.currentContext();
        Context target = context != null ? context : vertx.getOrCreateContext();
        return task -> target.runOnContext(ignored -> task.run());
    }
}
