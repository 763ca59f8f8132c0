package io.lbaas.api.ovh.application;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.ovh.auth.Keys;
import io.lbaas.api.ovh.auth.SecretBox;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.ovh.OvhApplicationCreated;
import io.lbaas.events.ovh.OvhApplicationDeleted;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Registers and deletes OVH applications; the events of one organization's applications share its partition. */
@ApplicationScoped
public class OvhApplicationCommands {

    private final CommandBus bus;
    private final OvhApplicationQueries queries;
    private final SecretBox secrets;

    OvhApplicationCommands(CommandBus bus, OvhApplicationQueries queries, SecretBox secrets) {
        this.bus = bus;
        this.queries = queries;
        this.secrets = secrets;
    }

    public Uni<OvhApplicationView> create(Caller caller, String name, String description, UUID correlationId) {
        Arguments arguments = new Arguments();
        String shownName = name == null ? "" : arguments.optionalText("name", name, 255);
        String text = description == null ? "" : arguments.optionalText("description", description, 255);
        arguments.throwIfAny();
        if (caller.grantsNothing()) {
            throw ApiException.permissionDenied(OvhApplicationQueries.RESOURCE, "write");
        }
        if (!secrets.configured()) {
            throw ApiException.plain(503, "service_unavailable",
                    "OVH applications need lbaas.ovh.secret-key, which this deployment does not set");
        }
        String secret = Keys.applicationSecret();
        UUID id = UUID.randomUUID();
        OvhApplicationCreated created = new OvhApplicationCreated(Keys.applicationKey(), secrets.seal(secret),
                shownName, text, caller.actor().id(), caller.actor().name(), caller.actor().type());
        UUID organization = caller.organizationId();
        return bus.execute(organization,
                () -> Uni.createFrom().item(List.of(Decisions.context(caller, null, null, organization,
                        correlationId).envelope(id, 1, created))),
                () -> Panache.withSession(() -> OvhApplicationEntity.<OvhApplicationEntity>findById(id))
                        .map(application -> OvhApplicationView.of(application, secret)));
    }

    public Uni<Void> delete(Caller caller, UUID id, UUID correlationId) {
        return bus.change(() -> queries.requireOwn(caller, id), application -> application.organizationId,
                application -> Uni.createFrom().item(List.of(Decisions.context(caller, null, null,
                        application.organizationId, correlationId)
                        .envelope(id, application.version + 1, new OvhApplicationDeleted()))),
                () -> Uni.createFrom().voidItem());
    }
}
