package io.lbaas.api.certificate;

import io.lbaas.api.error.ApiException;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbView;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.paging.ChildFilter;
import io.lbaas.api.paging.PageRequest;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.certificate.CertificateEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the {@code certificate} read model, always within what the caller may see. */
@ApplicationScoped
public class CertificateQueries {

    public static final String RESOURCE = "lb_certificate";

    private final LbQueries lbs;

    CertificateQueries(LbQueries lbs) {
        this.lbs = lbs;
    }

    /** A certificate with its load balancer. */
    public record Found(CertificateEntity certificate, LbEntity lb) {

        CertificateView view() {
            return CertificateView.of(certificate, LbView.of(lb));
        }
    }

    public Uni<Found> require(Caller caller, Locality locality, UUID id) {
        return Panache.withSession(() -> CertificateEntity.<CertificateEntity>findById(id))
                .chain(certificate -> {
                    if (certificate == null || certificate.deleted
                            || !locality.contains(certificate.region, certificate.zone)
                            || !caller.mayAccess(certificate.organizationId, certificate.projectId)) {
                        throw ApiException.notFound(RESOURCE, id);
                    }
                    return lbs.require(caller, locality, certificate.lbId).map(lb -> new Found(certificate, lb));
                });
    }

    /** A Let's Encrypt certificate whoever owns it, for the data plane; a 404 once deleted or of another type. */
    public Uni<CertificateEntity> requireLetsEncrypt(UUID id) {
        return Panache.withSession(() -> CertificateEntity.<CertificateEntity>findById(id)).map(certificate -> {
            if (certificate == null || certificate.deleted
                    || !CertificateEvents.TYPE_LETSENCRYPT.equals(certificate.type)) {
                throw ApiException.notFound(RESOURCE, id);
            }
            return certificate;
        });
    }

    public Uni<ListCertificatesResponse> list(Caller caller, Locality locality, UUID lbId, String name,
                                              PageRequest page) {
        return lbs.require(caller, locality, lbId).chain(lb -> {
            ChildFilter filter = ChildFilter.of("lbId", lbId, name);
            LbView lbView = LbView.of(lb);
            return Panache.withSession(() -> CertificateEntity.<CertificateEntity>find(filter.query(),
                            page.order().sort(), filter.parameters()).page(page.page() - 1, page.size()).list()
                    .chain(certificates -> CertificateEntity.count(filter.query(), filter.parameters()).map(total ->
                            new ListCertificatesResponse(certificates.stream()
                                    .map(certificate -> CertificateView.of(certificate, lbView)).toList(), total))));
        });
    }

    /** The live certificates of a load balancer. */
    public Uni<List<CertificateEntity>> liveOf(UUID lbId) {
        return Panache.withSession(() -> CertificateEntity.list("lbId = ?1 and deleted = false", lbId));
    }

    /** The answer for each live certificate of a load balancer, by id: frontends embed them. */
    public Uni<Map<UUID, CertificateView>> viewsOf(LbEntity lb) {
        LbView lbView = LbView.of(lb);
        return liveOf(lb.id).map(certificates -> certificates.stream()
                .map(certificate -> CertificateView.of(certificate, lbView))
                .collect(Collectors.toMap(CertificateView::id, Function.identity())));
    }
}
