package io.lbaas.api.core;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Queues the commands of one project inside this process, so that they wait here rather than each holding
 * a database connection while waiting for the project's advisory lock (which orders them across replicas).
 */
@ApplicationScoped
public class ProjectLocks {

    private final ConcurrentHashMap<UUID, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public <T> Uni<T> serialize(UUID project, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> previous = tails.put(project, mine);
            Uni<Void> turn = previous == null ? Uni.createFrom().voidItem()
                    : Uni.createFrom().completionStage(previous);
            return turn.chain(work::get)
                    .onTermination().invoke(() -> {
                        tails.remove(project, mine);
                        mine.complete(null);
                    });
        });
    }
}
