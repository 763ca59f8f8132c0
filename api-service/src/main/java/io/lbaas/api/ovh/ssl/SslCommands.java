package io.lbaas.api.ovh.ssl;

import io.lbaas.api.certificate.PemBundle;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.frontend.OvhFrontendQueries;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.ovh.OvhSslAdded;
import io.lbaas.events.ovh.OvhSslRenamed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides the commands on OVH SSL certificates. A certificate is read for real when it is added (its key must be
 * its own, its chain in order, and it must not have expired); a frontend that deciphers SSL never loses the
 * certificate it needs.
 */
@ApplicationScoped
public class SslCommands {

    private final CommandBus bus;
    private final SslQueries queries;
    private final OvhFrontendQueries frontends;
    private final Clock clock;

    SslCommands(CommandBus bus, SslQueries queries, OvhFrontendQueries frontends, Clock clock) {
        this.bus = bus;
        this.queries = queries;
        this.frontends = frontends;
        this.clock = clock;
    }

    public Uni<SslView> create(Caller caller, String serviceName, SslBody body, UUID correlationId) {
        SslBody request = body == null ? SslBody.EMPTY : body;
        String pemBundle = bundle(request);
        PemBundle.Leaf leaf = leafOf(pemBundle);
        String displayName = OvhInput.text("displayName", request.displayName());
        UUID id = UUID.randomUUID();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.nextId(lb.requireSettled().id).map(sslId -> List.of(lb.context(caller, correlationId)
                        .envelope(id, 1, new OvhSslAdded(lb.id, sslId, displayName, leaf.subject(),
                                leaf.subjectAlternativeName(), fingerprint(leaf.fingerprint()), leaf.serial(),
                                leaf.notValidAfter(), pemBundle)))),
                () -> queries.byId(id).map(SslView::of));
    }

    /** PUT's whole model, of which OVH lets only the display name change. */
    public Uni<Void> rename(Caller caller, String serviceName, long sslId, SslBody body, UUID correlationId) {
        String displayName = OvhInput.text("displayName", body == null ? null : body.displayName());
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled().id, sslId).map(ssl -> List.of(lb.context(caller,
                        correlationId).envelope(ssl.id, ssl.version + 1, new OvhSslRenamed(displayName)))),
                () -> Uni.createFrom().voidItem());
    }

    /**
     * Refused while a frontend needs the certificate: as its default one, or as the last one of a service with a
     * frontend that deciphers SSL.
     */
    public Uni<Void> delete(Caller caller, String serviceName, long sslId, UUID correlationId) {
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId,
                lb -> queries.require(lb.requireSettled().id, sslId).chain(ssl -> frontends.deciphering(lb.id)
                        .chain(deciphering -> queries.liveOf(lb.id).map(live -> {
                            requireUnused(ssl, deciphering, live.size());
                            return List.<EventEnvelope>of(lb.context(caller, correlationId).envelope(ssl.id,
                                    ssl.version + 1, new CertificateDeleted()));
                        }))),
                () -> Uni.createFrom().voidItem());
    }

    /** The deletions of every OVH certificate of a load balancer, for its own deletion. */
    public Uni<List<EventEnvelope>> deletionsOf(UUID lbId, EventContext context) {
        return queries.liveOf(lbId).map(live -> live.stream().map(ssl -> context.envelope(ssl.id, ssl.version + 1,
                new CertificateDeleted())).toList());
    }

    private static void requireUnused(SslEntity ssl, List<OvhFrontendQueries.Deciphering> deciphering, int live) {
        for (OvhFrontendQueries.Deciphering frontend : deciphering) {
            if (ssl.id.equals(frontend.defaultSsl())) {
                throw OvhException.conflict("Frontend " + frontend.frontendId() + " serves SSL certificate "
                        + ssl.sslId + " by default: change its defaultSslId first");
            }
        }
        if (live == 1 && !deciphering.isEmpty()) {
            throw OvhException.conflict("Frontend " + deciphering.get(0).frontendId() + " deciphers SSL with the "
                    + "service's certificates and this is the last one: add another one or turn its ssl off first");
        }
    }

    /** The certificate, then its chain of intermediates, then its key: a PEM bundle as the data plane serves it. */
    private static String bundle(SslBody body) {
        if (body.certificate() == null || body.certificate().isBlank()) {
            throw OvhInput.invalid("certificate", "is required (the PEM certificate)");
        }
        if (body.key() == null || body.key().isBlank()) {
            throw OvhInput.invalid("key", "is required (the PEM private key of the certificate)");
        }
        return List.of(body.certificate(), body.chain() == null ? "" : body.chain(), body.key()).stream()
                .map(String::strip).filter(part -> !part.isEmpty()).collect(Collectors.joining("\n", "", "\n"));
    }

    private PemBundle.Leaf leafOf(String pemBundle) {
        PemBundle.Leaf leaf;
        try {
            leaf = PemBundle.leafOf(pemBundle);
        } catch (PemBundle.Refused refused) {
            throw OvhInput.invalid("certificate", String.join("; ", refused.problems()));
        }
        if (clock.instant().isAfter(leaf.notValidAfter())) {
            throw OvhInput.invalid("certificate", "the certificate expired on " + leaf.notValidAfter());
        }
        return leaf;
    }

    /** OVH's fingerprint, as its Terraform provider computes it: SHA-1 in upper-case hex pairs joined by colons. */
    static String fingerprint(String lowerHex) {
        String upper = lowerHex.toUpperCase(Locale.ROOT);
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < upper.length(); i += 2) {
            pairs.append(i == 0 ? "" : ":").append(upper, i, i + 2);
        }
        return pairs.toString();
    }
}
