package io.lbaas.api.core;

import io.lbaas.api.error.ApiException;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.log.EventLogConfig;
import io.lbaas.events.log.EventLogPartitioner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
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

    private final Vertx vertx;
    private final Pool pool;
    private final ProjectLocks locks;
    private final EventLogEnd logEnd;
    private final EventAppender appender;
    private final ProjectionProgress progress;
    private final EventLogConfig log;
    private final Duration readModelWait;

    CommandBus(Vertx vertx, Pool pool, ProjectLocks locks, EventLogEnd logEnd, EventAppender appender,
               ProjectionProgress progress, EventLogConfig log, CommandConfig config) {
        this.vertx = vertx;
        this.pool = pool;
        this.locks = locks;
        this.logEnd = logEnd;
        this.appender = appender;
        this.progress = progress;
        this.log = log;
        this.readModelWait = config.readModelWait();
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
            return locks.serialize(project, () -> pool.withTransaction(connection ->
                            lockProject(connection, project)
                                    .chain(() -> catchUp(partition))
                                    .emitOn(caller)
                                    .chain(decide::get)
                                    .chain(events -> appendAndShow(partition, events))
                                    .emitOn(caller)
                                    .chain(answer::get)))
                    .emitOn(caller);
        });
    }

    private static Uni<Void> lockProject(SqlConnection connection, UUID project) {
        long key = project.getMostSignificantBits() ^ project.getLeastSignificantBits();
        return connection.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(key)).replaceWithVoid();
    }

    private Uni<Void> catchUp(int partition) {
        return logEnd.of(partition)
                .onFailure().transform(e -> ApiException.unavailable(
                        "the event log is unreachable; nothing was changed", RETRY_AFTER))
                .chain(end -> progress.awaitApplied(partition, end, readModelWait, () -> ApiException.unavailable(
                        "the read models are catching up with the event log; nothing was changed", RETRY_AFTER)));
    }

    private Uni<Void> appendAndShow(int partition, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return appender.append(partition, events)
                .onFailure().transform(e -> {
                    LOG.warnf(e, "appending %d events to partition %d failed", events.size(), partition);
                    return ApiException.unavailable("the event log did not confirm the change; read before retrying",
                            RETRY_AFTER);
                })
                .chain(last -> progress.awaitApplied(partition, last + 1, readModelWait,
                        () -> ApiException.unavailable(
                                "the change is on the event log but not yet readable; it will be", RETRY_AFTER)));
    }

    /** Continuations of Kafka and PostgreSQL callbacks come back to the request's Vert.x context. */
    private Executor onCallersContext() {
        Context context = Vertx.currentContext();
        Context target = context != null ? context : vertx.getOrCreateContext();
        return task -> target.runOnContext(ignored -> task.run());
    }
}
