package io.lbaas.api.apikey;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.apikey.ApiKeyCreated;
import io.lbaas.events.apikey.ApiKeyRevoked;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates and revokes API keys; the events of one organization's keys are ordered on its own partition. */
@ApplicationScoped
public class ApiKeyCommands {

    private final CommandBus bus;
    private final ApiKeyQueries queries;

    ApiKeyCommands(CommandBus bus, ApiKeyQueries queries) {
        this.bus = bus;
        this.queries = queries;
    }

    /** The key acts with the caller's projects and with those of {@code roles} the caller holds now. */
    public Uni<ApiKeyView> create(Caller caller, Set<String> roles, String description, UUID correlationId) {
        Arguments arguments = new Arguments();
        String text = description == null ? "" : arguments.optionalText("description", description, 255);
        arguments.throwIfAny();
        if (caller.grantsNothing()) {
            throw ApiException.permissionDenied("api_key", "write");
        }
        String secret = Secrets.newSecret();
        UUID id = UUID.randomUUID();
        ApiKeyCreated created = new ApiKeyCreated(Secrets.newAccessKey(), Secrets.sha256(secret), text,
                caller.actor().id(), caller.actor().name(), caller.actor().type(),
                caller.projectIds().stream().sorted().toList(), roles.stream().sorted().toList());
        UUID organization = caller.organizationId();
        return bus.execute(organization,
                () -> Uni.createFrom().item(List.of(Decisions.context(caller, null, null, organization,
                        correlationId).envelope(id, 1, created))),
                () -> Panache.withSession(() -> ApiKeyEntity.<ApiKeyEntity>findById(id))
                        .map(key -> ApiKeyView.of(key, secret)));
    }

    public Uni<Void> revoke(Caller caller, UUID id, UUID correlationId) {
        return bus.change(() -> queries.requireOwn(caller, id), key -> key.organizationId,
                key -> Uni.createFrom().item(List.of(Decisions.context(caller, null, null, key.organizationId,
                        correlationId).envelope(id, key.version + 1, new ApiKeyRevoked()))),
                () -> Uni.createFrom().voidItem());
    }
}
