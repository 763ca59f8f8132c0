package io.lbaas.api.lb;

import io.lbaas.api.backend.BackendEntity;
import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.frontend.FrontendEntity;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.backend.BackendDeleted;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.lb.LbCreated;
import io.lbaas.events.lb.LbDeleted;
import io.lbaas.events.lb.LbUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Decides the commands on load balancers: validates them against caught-up state and names their events. */
@ApplicationScoped
public class LbCommands {

    private static final int MAX_NAME = 255;
    private static final int MAX_DESCRIPTION = 1024;

    private final CommandBus bus;
    private final LbQueries queries;
    private final Offers offers;
    private final BackendQueries backends;
    private final FrontendQueries frontends;

    LbCommands(CommandBus bus, LbQueries queries, Offers offers, BackendQueries backends,
               FrontendQueries frontends) {
        this.bus = bus;
        this.queries = queries;
        this.offers = offers;
        this.backends = backends;
        this.frontends = frontends;
    }

    public Uni<LbView> create(Caller caller, Locality locality, CreateLbRequest request, UUID correlationId) {
        CreateLbRequest body = request == null ? CreateLbRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        String name = body.name() == null || body.name().isEmpty() ? generatedName()
                : arguments.text("name", body.name(), MAX_NAME);
        String description = body.description() == null ? ""
                : arguments.optionalText("description", body.description(), MAX_DESCRIPTION);
        String type = offers.validType(body.type(), arguments);
        List<String> tags = arguments.tags("tags", body.tags());
        UUID project = project(arguments, caller, body);
        arguments.throwIfAny();
        refuseUnknownIps(body);
        UUID lb = UUID.randomUUID();
        LbCreated created = new LbCreated(name, description, type, tags,
                SslCompatibilityLevel.stored(body.sslCompatibilityLevel()));
        return bus.execute(project,
                () -> Uni.createFrom().item(List.of(
                        Decisions.context(caller, locality.region(), locality.zoneForNew(), project, correlationId)
                                .envelope(lb, 1, created))),
                () -> queries.require(caller, locality, lb).map(LbView::of));
    }

    public Uni<LbView> update(Caller caller, Locality locality, UUID id, UpdateLbRequest request, UUID correlationId) {
        UpdateLbRequest body = request == null ? new UpdateLbRequest(null, null, null, null) : request;
        Arguments arguments = new Arguments();
        String name = arguments.text("name", body.name(), MAX_NAME);
        String description = body.description() == null ? ""
                : arguments.optionalText("description", body.description(), MAX_DESCRIPTION);
        List<String> tags = arguments.tags("tags", body.tags());
        arguments.throwIfAny();
        LbUpdated updated = new LbUpdated(name, description, tags,
                SslCompatibilityLevel.stored(body.sslCompatibilityLevel()));
        return onExisting(caller, locality, id, correlationId,
                (lb, context) -> context.envelope(id, lb.version + 1, updated),
                () -> queries.require(caller, locality, id).map(LbView::of));
    }

    /**
     * Deletes the LB and, before it, its frontends and then its backends (which frontends point to): the cascade is
     * events too.
     */
    public Uni<Void> delete(Caller caller, Locality locality, UUID id, boolean releaseIp, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), lb -> lb.projectId,
                lb -> frontends.liveOf(lb.id).chain(frontendsOfLb -> backends.liveOf(lb.id).map(backendsOfLb -> {
                    EventContext context = Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
                    List<EventEnvelope> events = new ArrayList<>();
                    for (FrontendEntity frontend : frontendsOfLb) {
                        events.add(context.envelope(frontend.id, frontend.version + 1, new FrontendDeleted()));
                    }
                    for (BackendEntity backend : backendsOfLb) {
                        events.add(context.envelope(backend.id, backend.version + 1, new BackendDeleted()));
                    }
                    events.add(context.envelope(id, lb.version + 1, new LbDeleted(releaseIp)));
                    return events;
                })),
                () -> Uni.createFrom().voidItem());
    }

    private interface Change {
        EventEnvelope of(LbEntity lb, EventContext context);
    }

    private <R> Uni<R> onExisting(Caller caller, Locality locality, UUID id, UUID correlationId, Change change,
                                  Supplier<Uni<R>> answer) {
        return bus.change(() -> queries.require(caller, locality, id), lb -> lb.projectId,
                lb -> Uni.createFrom().item(List.of(change.of(lb,
                        Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId)))),
                answer);
    }

    /**
     * The project of a new LB: {@code project_id}, or the project of {@code organization_id} (Scaleway's default
     * project has the organization's id), or the caller's only project. Never one the token does not grant.
     */
    private static UUID project(Arguments arguments, Caller caller, CreateLbRequest body) {
        if (body.projectId() != null && body.organizationId() != null) {
            arguments.problem("project_id", Arguments.CONSTRAINT, "give only one of project_id and organization_id");
            return null;
        }
        UUID project = body.projectId();
        if (project == null && body.organizationId() != null) {
            if (!body.organizationId().equals(caller.organizationId())) {
                throw ApiException.permissionDenied("organization", "write");
            }
            project = caller.projectIds().contains(body.organizationId()) ? body.organizationId() : onlyProject(caller);
        } else if (project == null) {
            project = onlyProject(caller);
        }
        if (project == null) {
            arguments.problem("project_id", Arguments.REQUIRED, "your token grants several projects: name one");
        } else if (!caller.mayAccess(caller.organizationId(), project)) {
            throw ApiException.permissionDenied("project", "write");
        }
        return project;
    }

    private static UUID onlyProject(Caller caller) {
        return caller.projectIds().size() == 1 ? caller.projectIds().iterator().next() : null;
    }

    /** Flexible IPs are not served yet: any IP named does not exist. */
    private static void refuseUnknownIps(CreateLbRequest body) {
        if (body.ipId() != null) {
            throw ApiException.notFound("lb_ip", body.ipId());
        }
        if (body.ipIds() != null && !body.ipIds().isEmpty()) {
            throw ApiException.notFound("lb_ip", body.ipIds().get(0));
        }
    }

    private static String generatedName() {
        return "lb-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
