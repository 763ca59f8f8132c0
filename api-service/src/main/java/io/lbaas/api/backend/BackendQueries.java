package io.lbaas.api.backend;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ChildFilter;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventCodec;
import io.lbaas.events.backend.BackendSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of the {@code backend} read model, always within what the caller may see. */
@ApplicationScoped
public class BackendQueries {

    static final String RESOURCE = "lb_backend";

    private final LbQueries lbs;
    private final EventCodec codec = new EventCodec();

    BackendQueries(LbQueries lbs) {
        this.lbs = lbs;
    }

    /** A backend with its settings and its load balancer. */
    public record Found(BackendEntity backend, BackendSpec spec, LbEntity lb) {

        public BackendView view() {
            return BackendView.of(backend, spec, LbView.of(lb));
        }
    }

    public Uni<Found> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> BackendEntity.<BackendEntity>findById(id))
                .chain(backend -> {
                    if (backend == null || backend.deleted || !locality.contains(backend.region, backend.zone)
                            || !caller.mayAccess(backend.organizationId, backend.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return lbs.require(caller, locality, backend.lbId)
                            .map(lb -> new Found(backend, spec(backend), lb));
                });
    }

    public Uni<ListBackendsResponse> list(Caller caller, Locality locality, UUID lbId, String name,
                                          PageRequest page) {
        return lbs.require(caller, locality, lbId).chain(lb -> {
            ChildFilter filter = ChildFilter.of("lbId", lbId, name);
            LbView lbView = LbView.of(lb);
            return Panache.withSession(() -> BackendEntity.<BackendEntity>find(filter.query(), page.order().sort(),
                            filter.parameters()).page(page.page() - 1, page.size()).list()
                    .chain(backends -> BackendEntity.count(filter.query(), filter.parameters()).map(total ->
                            new ListBackendsResponse(backends.stream()
                                    .map(backend -> BackendView.of(backend, spec(backend), lbView)).toList(), total))));
        });
    }

    /** A backend as stored, whoever it belongs to: for decisions that check it against other state. */
    public Uni<BackendEntity> find(UUID id) {
        return Panache.withSession(() -> BackendEntity.findById(id));
    }

    /** The answer for each live backend of a load balancer, by id. */
    public Uni<Map<UUID, BackendView>> viewsOf(LbEntity lb) {
        LbView lbView = LbView.of(lb);
        return liveOf(lb.id).map(backends -> backends.stream().collect(Collectors.toMap(backend -> backend.id,
                backend -> BackendView.of(backend, spec(backend), lbView))));
    }

    /** The live backends of a load balancer, for decisions that concern all of them. */
    public Uni<List<BackendEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> BackendEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    /** The size of the largest pool among these backends. */
    public int largestPool(List<BackendEntity> backends) {
        return backends.stream().mapToInt(backend -> spec(backend).pool().size()).max().orElse(0);
    }

    private BackendSpec spec(BackendEntity backend) {
        return codec.fromJson(backend.spec, BackendSpec.class);
    }
}
