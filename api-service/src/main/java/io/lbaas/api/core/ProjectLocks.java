package io.lbaas.api.core;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Queues the commands of one project inside this process, so that they wait here rather than each holding
 * a database connection while waiting for the project's advisory lock (which orders them across replicas).
 */
@ApplicationScoped
public class ProjectLocks {

    private final ConcurrentHashMap<UUID, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} once the project's earlier commands in this process are done. The previous command
     * finishes on its own thread, so the work is resumed through {@code resumeOn} (the caller's Vert.x context).
     */
    public <T> Uni<T> serialize(UUID project, Executor resumeOn, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> previous = tails.put(project, mine);
            Uni<Void> turn = previous == null ? Uni.createFrom().voidItem()
                    : Uni.createFrom().completionStage(previous).emitOn(resumeOn);
            return turn.chain(work::get)
                    .onTermination().invoke(() -> {
                        tails.remove(project, mine);
                        mine.complete(null);
                    });
        });
    }
}
