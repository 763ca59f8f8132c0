package io.lbaas.api.frontend;

import io.lbaas.api.acl.AclCommands;
import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.certificate.CertificateQueries;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.ovh.frontend.OvhFrontendQueries;
import io.lbaas.api.route.RouteCommands;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.frontend.FrontendCreated;
import io.lbaas.events.frontend.FrontendDeleted;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.frontend.FrontendUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides the commands on frontends. Under the project's lock, against caught-up state: the offer's limit, a port
 * used once per load balancer, a backend of the same load balancer, certificates that exist.
 */
@ApplicationScoped
public class FrontendCommands {

    private final CommandBus bus;
    private final FrontendQueries queries;
    private final BackendQueries backends;
    private final LbQueries lbs;
    private final Offers offers;
    private final AclCommands acls;
    private final RouteCommands routes;
    private final CertificateQueries certificates;
    private final OvhFrontendQueries ovhFrontends;

    FrontendCommands(CommandBus bus, FrontendQueries queries, BackendQueries backends, LbQueries lbs, Offers offers,
                     AclCommands acls, RouteCommands routes, CertificateQueries certificates,
                     OvhFrontendQueries ovhFrontends) {
        this.ovhFrontends = ovhFrontends;
        this.bus = bus;
        this.queries = queries;
        this.backends = backends;
        this.lbs = lbs;
        this.offers = offers;
        this.acls = acls;
        this.routes = routes;
        this.certificates = certificates;
    }

    public Uni<FrontendView> create(Caller caller, Locality locality, UUID lbId, FrontendRequest request,
                                    UUID correlationId) {
        FrontendSpec spec = validated(request, true);
        UUID id = UUID.randomUUID();
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> allowed(lb, spec, null).map(ok -> List.of(event(caller, lb, correlationId, id, 1,
                        new FrontendCreated(lb.id, spec)))),
                () -> queries.require(caller, locality, id).map(FrontendQueries.Found::view));
    }

    public Uni<FrontendView> update(Caller caller, Locality locality, UUID id, FrontendRequest request,
                                    UUID correlationId) {
        FrontendSpec spec = validated(request, false);
        return bus.change(() -> queries.require(caller, locality, id), found -> found.frontend().projectId,
                found -> allowed(found.backend().lb(), spec, id).map(ok -> List.of(event(caller, found.backend().lb(),
                        correlationId, id, found.frontend().version + 1, new FrontendUpdated(spec)))),
                () -> queries.require(caller, locality, id).map(FrontendQueries.Found::view));
    }

    /** Deletes the frontend and, before it, its ACLs and routes. */
    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.frontend().projectId,
                found -> {
                    LbEntity lb = found.backend().lb().requireSettled();
                    return deletionOf(found.frontend(), Decisions.context(caller, lb.region, lb.zone, lb.projectId,
                            correlationId));
                },
                () -> Uni.createFrom().voidItem());
    }

    /** The events that delete a frontend: its ACLs' and its routes' deletions, then its own. */
    public Uni<List<EventEnvelope>> deletionOf(FrontendEntity frontend, EventContext context) {
        return acls.deletionsOf(frontend.id, context).chain(aclDeletions -> routes.deletionsOf(frontend.id, context)
                .map(routeDeletions -> {
                    List<EventEnvelope> events = new ArrayList<>(aclDeletions);
                    events.addAll(routeDeletions);
                    events.add(context.envelope(frontend.id, frontend.version + 1, new FrontendDeleted()));
                    return events;
                }));
    }

    private static FrontendSpec validated(FrontendRequest request, boolean creating) {
        Arguments arguments = new Arguments();
        FrontendSpec spec = FrontendSettings.of(request == null ? FrontendRequest.EMPTY : request, creating,
                arguments);
        arguments.throwIfAny();
        return spec;
    }

    /** {@code self}: the frontend being updated, whose own port does not count as taken; null on creation. */
    private Uni<Boolean> allowed(LbEntity lb, FrontendSpec spec, UUID self) {
        lb.requireSettled();
        return queries.liveOf(lb.id).chain(live -> ovhFrontends.liveOf(lb.id).map(ovh -> {
            if (self == null) {
                // The offer's limit counts the frontends both dialects made.
                Offers.requireWithin("lb_frontends", live.size() + ovh.size() + 1L, offers.of(lb).maxFrontends());
            }
            live.stream().filter(other -> !other.id.equals(self) && other.inboundPort == spec.inboundPort())
                    .findFirst().ifPresent(other -> {
                        throw ApiException.alreadyExists(FrontendQueries.RESOURCE, other.id, "inbound port "
                                + spec.inboundPort() + " of this load balancer is used by frontend " + other.id);
                    });
            OvhFrontendQueries.listeningOn(ovh, spec.inboundPort()).ifPresent(other -> {
                throw ApiException.alreadyExists(FrontendQueries.RESOURCE, other, "inbound port "
                        + spec.inboundPort() + " of this load balancer is used by OVH frontend " + other);
            });
            return ovh;
        })).chain(() -> certificates.liveOf(lb.id)).invoke(certificatesOfLb -> {
            for (UUID certificate : spec.certificateIds()) {
                if (certificatesOfLb.stream().noneMatch(live -> live.id.equals(certificate))) {
                    throw ApiException.notFound(CertificateQueries.RESOURCE, certificate);
                }
            }
        }).chain(() -> backends.find(spec.backendId())).map(backend -> {
            if (backend == null || backend.deleted || !backend.projectId.equals(lb.projectId)) {
                throw ApiException.notFound("lb_backend", spec.backendId());
            }
            if (!backend.lbId.equals(lb.id)) {
                throw ApiException.invalidArgument("backend_id", Arguments.CONSTRAINT,
                        "must be a backend of load balancer " + lb.id);
            }
            return true;
        });
    }

    private static EventEnvelope event(Caller caller, LbEntity lb, UUID correlationId, UUID id, long version,
                                       EventPayload payload) {
        return Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId).envelope(id, version,
                payload);
    }
}
