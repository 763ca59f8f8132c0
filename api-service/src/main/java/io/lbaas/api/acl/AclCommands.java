package io.lbaas.api.acl;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.acl.AclCreated;
import io.lbaas.events.acl.AclDeleted;
import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.acl.AclUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides the commands on ACLs: against caught-up state, an HTTP filter only where the frontend's backend speaks
 * HTTP, and the offer's limit of ACLs per frontend.
 */
@ApplicationScoped
public class AclCommands {

    private final CommandBus bus;
    private final AclQueries queries;
    private final FrontendQueries frontends;
    private final Offers offers;

    AclCommands(CommandBus bus, AclQueries queries, FrontendQueries frontends, Offers offers) {
        this.bus = bus;
        this.queries = queries;
        this.frontends = frontends;
        this.offers = offers;
    }

    /** Body of the zoned setAcls. */
    public record SetAclsRequest(List<AclRequest> acls) {
    }

    public Uni<AclView> create(Caller caller, Locality locality, UUID frontendId, AclRequest request,
                               UUID correlationId) {
        AclSpec spec = validated(List.of(request == null ? AclRequest.EMPTY : request), true, "").get(0);
        UUID id = UUID.randomUUID();
        return bus.change(() -> frontends.require(caller, locality, frontendId), found -> found.frontend().projectId,
                frontend -> queries.liveOf(frontendId).map(live -> {
                    requireFits(frontend, List.of(spec), live.size() + 1L);
                    return List.of(context(caller, frontend, correlationId).envelope(id, 1,
                            new AclCreated(frontendId, frontend.frontend().lbId, spec)));
                }),
                () -> queries.require(caller, locality, id).map(AclQueries.Found::view));
    }

    public Uni<AclView> update(Caller caller, Locality locality, UUID id, AclRequest request, UUID correlationId) {
        AclSpec spec = validated(List.of(request == null ? AclRequest.EMPTY : request), false, "").get(0);
        return bus.change(() -> queries.require(caller, locality, id), found -> found.acl().projectId,
                found -> {
                    requireFits(found.frontend(), List.of(spec), 0);
                    return Uni.createFrom().item(List.of(context(caller, found.frontend(), correlationId)
                            .envelope(id, found.acl().version + 1, new AclUpdated(spec))));
                },
                () -> queries.require(caller, locality, id).map(AclQueries.Found::view));
    }

    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.acl().projectId,
                found -> {
                    found.frontend().backend().lb().requireSettled();
                    return Uni.createFrom().item(List.of(context(caller, found.frontend(), correlationId)
                            .envelope(id, found.acl().version + 1, new AclDeleted())));
                },
                () -> Uni.createFrom().voidItem());
    }

    /** Replaces every ACL of the frontend by those given, in one decision: readers see the old set or the new. */
    public Uni<ListAclResponse> set(Caller caller, Locality locality, UUID frontendId, SetAclsRequest request,
                                    UUID correlationId) {
        if (request == null || request.acls() == null) {
            throw ApiException.invalidArgument("acls", Arguments.REQUIRED, "the frontend's new list of ACLs");
        }
        List<AclSpec> specs = validated(request.acls(), true, "acls");
        return bus.change(() -> frontends.require(caller, locality, frontendId), found -> found.frontend().projectId,
                frontend -> queries.liveOf(frontendId).map(live -> {
                    requireFits(frontend, specs, specs.size());
                    EventContext context = context(caller, frontend, correlationId);
                    List<EventEnvelope> events = new ArrayList<>();
                    for (AclEntity old : live) {
                        events.add(context.envelope(old.id, old.version + 1, new AclDeleted()));
                    }
                    for (AclSpec spec : specs) {
                        events.add(context.envelope(UUID.randomUUID(), 1,
                                new AclCreated(frontendId, frontend.frontend().lbId, spec)));
                    }
                    return events;
                }),
                () -> queries.allOf(caller, locality, frontendId));
    }

    /** The deletions of every ACL of a frontend, for a change that deletes the frontend. */
    public Uni<List<EventEnvelope>> deletionsOf(UUID frontendId, EventContext context) {
        return queries.liveOf(frontendId).map(live -> live.stream()
                .map(acl -> context.envelope(acl.id, acl.version + 1, new AclDeleted())).toList());
    }

    /** {@code list}: the name of the list the requests came in, or "" for a body that is one ACL. */
    private static List<AclSpec> validated(List<AclRequest> requests, boolean creating, String list) {
        Arguments arguments = new Arguments();
        List<AclSpec> specs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AclRequest request = requests.get(i) == null ? AclRequest.EMPTY : requests.get(i);
            specs.add(AclSettings.of(request, creating, list.isEmpty() ? "" : list + "[" + i + "].", arguments));
        }
        arguments.throwIfAny();
        return specs;
    }

    private void requireFits(FrontendQueries.Found frontend, List<AclSpec> specs, long count) {
        LbEntity lb = frontend.backend().lb().requireSettled();
        Offers.requireWithin("lb_acls", count, offers.of(lb).maxAclsPerFrontend());
        boolean http = "http".equals(frontend.backend().spec().forwardProtocol());
        if (!http && specs.stream().anyMatch(spec -> !"acl_http_filter_none".equals(spec.match().httpFilter()))) {
            throw ApiException.invalidArgument("match.http_filter", Arguments.CONSTRAINT,
                    "HTTP filters need a frontend whose backend speaks HTTP; backend "
                            + frontend.backend().backend().id + " speaks TCP");
        }
    }

    private static EventContext context(Caller caller, FrontendQueries.Found frontend, UUID correlationId) {
        LbEntity lb = frontend.backend().lb();
        return Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
    }
}
