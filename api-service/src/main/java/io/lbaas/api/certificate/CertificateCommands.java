package io.lbaas.api.certificate;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.certificate.CertificateCreated;
import io.lbaas.events.certificate.CertificateDeleted;
import io.lbaas.events.certificate.CertificateEvents;
import io.lbaas.events.certificate.CertificateRenamed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides the commands on certificates. A custom certificate is read for real when it is created: a bundle that
 * cannot serve (no key, a key of another certificate, a chain out of order) is refused; one outside its validity
 * is kept in {@code error}, saying why. A Let's Encrypt one is {@code pending} until the data plane issues it.
 */
@ApplicationScoped
public class CertificateCommands {

    private static final int MAX_NAME = 255;
    private static final int MAX_NAMES = 100;
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}"
                    + "[A-Za-z0-9])?");

    private final CommandBus bus;
    private final CertificateQueries queries;
    private final LbQueries lbs;
    private final FrontendQueries frontends;
    private final Clock clock;

    CertificateCommands(CommandBus bus, CertificateQueries queries, LbQueries lbs, FrontendQueries frontends,
                        Clock clock) {
        this.bus = bus;
        this.queries = queries;
        this.lbs = lbs;
        this.frontends = frontends;
        this.clock = clock;
    }

    public Uni<CertificateView> create(Caller caller, Locality locality, UUID lbId, CertificateRequest request,
                                       UUID correlationId) {
        CertificateRequest body = request == null ? CertificateRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        String name = body.name() == null || body.name().isEmpty()
                ? "certificate-" + UUID.randomUUID().toString().substring(0, 8)
                : arguments.text("name", body.name(), MAX_NAME);
        CertificateCreated created = created(lbId, name, body, arguments);
        arguments.throwIfAny();
        UUID id = UUID.randomUUID();
        return bus.change(() -> lbs.require(caller, locality, lbId), lb -> lb.projectId,
                lb -> Uni.createFrom().item(List.of(lb.requireSettled().context(caller, correlationId)
                        .envelope(id, 1, created))),
                () -> queries.require(caller, locality, id).map(CertificateQueries.Found::view));
    }

    public Uni<CertificateView> rename(Caller caller, Locality locality, UUID id, CertificateRequest.Rename request,
                                       UUID correlationId) {
        Arguments arguments = new Arguments();
        String name = arguments.text("name", request == null ? null : request.name(), MAX_NAME);
        arguments.throwIfAny();
        return bus.change(() -> queries.require(caller, locality, id), found -> found.certificate().projectId,
                found -> Uni.createFrom().item(List.of(found.lb().requireSettled().context(caller, correlationId)
                        .envelope(id, found.certificate().version + 1, new CertificateRenamed(name)))),
                () -> queries.require(caller, locality, id).map(CertificateQueries.Found::view));
    }

    /** Refused while a frontend serves the certificate: its TLS clients would be left without one. */
    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.certificate().projectId,
                found -> frontends.serving(found.lb().requireSettled().id, id).map(serving -> {
                    if (!serving.isEmpty()) {
                        throw ApiException.preconditionFailed("resource_still_in_use", "frontend "
                                + serving.get(0).id + " serves this certificate: remove it from the frontend's "
                                + "certificate_ids first");
                    }
                    return List.of(found.lb().context(caller, correlationId)
                            .envelope(id, found.certificate().version + 1, new CertificateDeleted()));
                }),
                () -> Uni.createFrom().voidItem());
    }

    /** The deletions of every certificate of a load balancer, for its own deletion. */
    public Uni<List<EventEnvelope>> deletionsOf(UUID lbId, EventContext context) {
        return queries.liveOf(lbId).map(live -> live.stream().map(certificate -> context.envelope(certificate.id,
                certificate.version + 1, new CertificateDeleted())).toList());
    }

    private CertificateCreated created(UUID lbId, String name, CertificateRequest body, Arguments arguments) {
        if ((body.letsencrypt() == null) == (body.customCertificate() == null)) {
            arguments.problem("letsencrypt", Arguments.CONSTRAINT,
                    "exactly one of letsencrypt and custom_certificate");
            return null;
        }
        if (body.letsencrypt() != null) {
            String commonName = domain("letsencrypt.common_name", body.letsencrypt().commonName(), arguments);
            List<String> names = domains(body.letsencrypt().subjectAlternativeName(), arguments);
            return new CertificateCreated(lbId, name, CertificateEvents.TYPE_LETSENCRYPT, commonName, names, "", null,
                    null, CertificateEvents.STATUS_PENDING, null, null);
        }
        String pem = body.customCertificate().certificateChain();
        return PemBundle.read(pem, arguments).map(leaf -> {
            String problem = validityProblem(leaf, clock.instant());
            return new CertificateCreated(lbId, name, CertificateEvents.TYPE_CUSTOM, leaf.commonName(),
                    leaf.subjectAlternativeName(), leaf.fingerprint(), leaf.notValidBefore(), leaf.notValidAfter(),
                    problem == null ? CertificateEvents.STATUS_READY : CertificateEvents.STATUS_ERROR, problem, pem);
        }).orElse(null);
    }

    private static String validityProblem(PemBundle.Leaf leaf, Instant now) {
        if (now.isAfter(leaf.notValidAfter())) {
            return "the certificate expired on " + leaf.notValidAfter();
        }
        if (now.isBefore(leaf.notValidBefore())) {
            return "the certificate is not valid before " + leaf.notValidBefore();
        }
        return null;
    }

    private static List<String> domains(List<String> given, Arguments arguments) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_NAMES) {
            arguments.problem("letsencrypt.subject_alternative_name", Arguments.CONSTRAINT,
                    "at most " + MAX_NAMES + " names");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add(domain("letsencrypt.subject_alternative_name[" + i + "]", given.get(i), arguments));
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }

    private static String domain(String argument, String value, Arguments arguments) {
        if (value == null || !DOMAIN.matcher(value).matches()) {
            arguments.problem(argument, value == null ? Arguments.REQUIRED : Arguments.FORMAT,
                    "a domain name that resolves to the load balancer");
            return "";
        }
        return value.toLowerCase();
    }
}
