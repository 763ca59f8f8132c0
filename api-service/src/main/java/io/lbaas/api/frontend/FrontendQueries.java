package io.lbaas.api.frontend;

import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.backend.BackendView;
import io.lbaas.api.certificate.CertificateEntity;
import io.lbaas.api.certificate.CertificateQueries;
import io.lbaas.api.certificate.CertificateView;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ChildFilter;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventCodec;
import io.lbaas.events.frontend.FrontendSpec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the {@code frontend} read model, always within what the caller may see. */
@ApplicationScoped
public class FrontendQueries {

    static final String RESOURCE = "lb_frontend";

    private final LbQueries lbs;
    private final BackendQueries backends;
    private final CertificateQueries certificates;
    private final EventCodec codec = new EventCodec();

    FrontendQueries(LbQueries lbs, BackendQueries backends, CertificateQueries certificates) {
        this.lbs = lbs;
        this.backends = backends;
        this.certificates = certificates;
    }

    /**
     * A frontend with its settings, its backend (which carries the load balancer) and its first certificate (null
     * without one), which Scaleway still embeds as the deprecated {@code certificate}.
     */
    public record Found(FrontendEntity frontend, FrontendSpec spec, BackendQueries.Found backend,
                        CertificateView certificate) {

        public FrontendView view() {
            return FrontendView.of(frontend, spec, backend.view(), LbView.of(backend.lb()), certificate);
        }
    }

    public Uni<Found> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> FrontendEntity.<FrontendEntity>findById(id))
                .chain(frontend -> {
                    if (frontend == null || frontend.deleted || !locality.contains(frontend.region, frontend.zone)
                            || !caller.mayAccess(frontend.organizationId, frontend.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    FrontendSpec spec = spec(frontend);
                    return backends.require(caller, locality, frontend.backendId).chain(backend ->
                            firstCertificate(spec, backend.lb()).map(certificate ->
                                    new Found(frontend, spec, backend, certificate)));
                });
    }

    public Uni<ListFrontendsResponse> list(Caller caller, Locality locality, UUID lbId, String name,
                                           PageRequest page) {
        return lbs.require(caller, locality, lbId).chain(lb -> backends.viewsOf(lb).chain(backendViews ->
                certificates.viewsOf(lb).chain(certificateViews -> {
            ChildFilter filter = ChildFilter.of("lbId", lbId, name);
            LbView lbView = LbView.of(lb);
            return Panache.withSession(() -> FrontendEntity.<FrontendEntity>find(filter.query(), page.order().sort(),
                            filter.parameters()).page(page.page() - 1, page.size()).list()
                    .chain(frontends -> FrontendEntity.count(filter.query(), filter.parameters()).map(total ->
                            new ListFrontendsResponse(frontends.stream().map(frontend -> view(frontend, backendViews,
                                    certificateViews, lbView)).toList(), total))));
        })));
    }

    /** The live frontends of a load balancer. */
    public Uni<List<FrontendEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> FrontendEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    /** The live frontends that pass traffic to a backend. */
    public Uni<List<FrontendEntity>> using(UUID backendId) {
        return Panache.withSession(() -> FrontendEntity.list("backendId = ?1 and deleted = false", backendId));
    }

    /** The live frontends of a load balancer that serve a certificate. */
    public Uni<List<FrontendEntity>> serving(UUID lbId, UUID certificateId) {
        return liveOf(lbId).map(frontends -> frontends.stream()
                .filter(frontend -> spec(frontend).certificateIds().contains(certificateId)).toList());
    }

    private Uni<CertificateView> firstCertificate(FrontendSpec spec, LbEntity lb) {
        if (spec.certificateIds().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return Panache.withSession(() -> CertificateEntity.<CertificateEntity>findById(spec.certificateIds().get(0)))
                .map(certificate -> certificate == null ? null : CertificateView.of(certificate, LbView.of(lb)));
    }

    private FrontendView view(FrontendEntity frontend, Map<UUID, BackendView> backendViews,
                              Map<UUID, CertificateView> certificateViews, LbView lb) {
        FrontendSpec spec = spec(frontend);
        CertificateView certificate = spec.certificateIds().isEmpty() ? null
                : certificateViews.get(spec.certificateIds().get(0));
        return FrontendView.of(frontend, spec, backendViews.get(frontend.backendId), lb, certificate);
    }

    private FrontendSpec spec(FrontendEntity frontend) {
        return codec.fromJson(frontend.spec, FrontendSpec.class);
    }
}
