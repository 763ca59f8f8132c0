package io.lbaas.api.dataplane;

import io.lbaas.api.certificate.CertificateEntity;
import io.lbaas.api.certificate.CertificateQueries;
import io.lbaas.api.certificate.PemBundle;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.lb.LbRemoval;
import io.lbaas.api.ovh.task.TaskQueries;
import io.lbaas.api.privatenetwork.PrivateNetworkEntity;
import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.certificate.CertificateEvents;
import io.lbaas.events.certificate.CertificateIssueFailed;
import io.lbaas.events.certificate.CertificateIssued;
import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.lbaas.events.dataplane.TaskReport;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbEvents;
import io.lbaas.events.lb.LbStatusChanged;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.lbaas.events.privatenetwork.PrivateNetworkEvents;
import io.lbaas.events.privatenetwork.PrivateNetworkReady;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the data plane's observations into events of the load balancer, decided like any command (one at a time
 * per project, on caught-up state), so that they take their place in the LB's version order. An observation that
 * repeats the last one appends nothing.
 */
@ApplicationScoped
public class DataPlaneCommands {

    static final String ROLE = "dataplane";

    private static final List<String> LB_STATUSES = List.of("unknown", "ready", "pending", "stopped", "error",
            "locked", "migrating", "to_create", "creating", "to_delete", "deleting");
    private static final List<String> SERVER_STATES = List.of("stopped", "starting", "running", "stopping");
    private static final List<String> CHECK_RESULTS = List.of("unknown", "neutral", "failed", "passed", "condpass");
    /** No row: the server is not (or no longer) in that backend of that LB; '': never observed. */
    /**
     * The server's last reported state and check ('' before the first), if it is a live server of the LB: an IP of
     * a Scaleway backend's pool, or a server of an OVH farm named as {@code BackendServerStateChanged.ovhServer}.
     */
    private static final String CURRENT_SERVER_STATE = """
            SELECT coalesce((SELECT s.server_state || ' ' || s.last_health_check_status FROM backend_server_stats s
                             WHERE s.backend_id = ?1 AND s.ip = ?2), '')
            WHERE EXISTS (SELECT 1 FROM backend b WHERE b.id = ?1 AND b.lb_id = ?3 AND NOT b.deleted
                                                    AND jsonb_exists(b.spec::jsonb -> 'pool', ?2))
               OR EXISTS (SELECT 1 FROM ovh_server o WHERE o.farm = ?1 AND o.lb_id = ?3 AND NOT o.deleted
                                                       AND cast(?4 as text) || o.server_id::text = ?2)""";
    private static final int MAX_REASON = 1024;
    private static final List<String> TASK_PROGRESS = List.of(OvhTaskProgressed.DOING, OvhTaskProgressed.DONE,
            OvhTaskProgressed.ERROR);
    private static final List<String> CERTIFICATE_OUTCOMES =
            List.of(CertificateEvents.STATUS_READY, CertificateEvents.STATUS_ERROR);

    private final CommandBus bus;
    private final LbQueries lbs;
    private final CertificateQueries certificates;
    private final TaskQueries tasks;

    DataPlaneCommands(CommandBus bus, LbQueries lbs, CertificateQueries certificates, TaskQueries tasks) {
        this.bus = bus;
        this.lbs = lbs;
        this.certificates = certificates;
        this.tasks = tasks;
    }

    public Uni<Void> reportStatus(UUID lbId, LbStatusReport report, UUID correlationId) {
        Arguments arguments = new Arguments();
        String status = arguments.oneOf("status", report == null ? null : report.status(), LB_STATUSES);
        arguments.optionalText("reason", report == null ? null : report.reason(), MAX_REASON);
        arguments.throwIfAny();
        return bus.change(() -> lbs.requireAnyTenant(lbId), lb -> lb.projectId,
                lb -> Uni.createFrom().item(news(lb, status, report.reason())
                        ? List.of(event(lb, "dataplane", correlationId, new LbStatusChanged(status, report.reason())))
                        : List.<EventEnvelope>of()),
                () -> Uni.createFrom().voidItem());
    }

    /**
     * A deleted LB only goes on to {@code deleting}: a report of what it was before (an apply that finished just
     * after the tenant deleted it, say) must not bring it back.
     */
    private static boolean news(LbEntity lb, String status, String reason) {
        if (status.equals(lb.status) && Objects.equals(reason, lb.statusReason)) {
            return false;
        }
        return !lb.isBeingDeleted() || (status.equals(LbEvents.STATUS_DELETING)
                && lb.status.equals(LbEvents.STATUS_TO_DELETE));
    }

    /**
     * The deleted LB is gone from the data plane, or must be taken as gone ({@code reason} says why): it leaves the
     * API. An LB that is not deleted stays (409); one already removed needs nothing.
     */
    public Uni<Void> remove(UUID lbId, String reason, UUID correlationId) {
        return lbs.findAnyTenant(lbId).chain(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                : bus.change(() -> lbs.findAnyTenant(lbId), lb -> found.get().projectId,
                lb -> {
                    if (lb.isEmpty()) {
                        return Uni.createFrom().item(List.<EventEnvelope>of());
                    }
                    if (!lb.get().isBeingDeleted()) {
                        throw ApiException.preconditionFailed("lb_not_deleted",
                                "load balancer " + lbId + " is " + lb.get().status + ", not deleted");
                    }
                    LbEntity removed = lb.get();
                    return Uni.createFrom().item(LbRemoval.of(removed, removed.releaseIps, removed.version + 1,
                            context(removed.region, removed.zone, removed.organizationId, removed.projectId,
                                    "dataplane", correlationId), reason));
                },
                () -> Uni.createFrom().voidItem()));
    }

    /**
     * How far the data plane got with an OVH task: it only moves forward (todo, doing, then done or error), so a
     * report that repeats or goes back appends nothing.
     */
    public Uni<Void> reportTask(UUID lbId, long taskId, TaskReport report, UUID correlationId) {
        Arguments arguments = new Arguments();
        String status = arguments.oneOf("status", report == null ? null : report.status(), TASK_PROGRESS);
        arguments.optionalText("reason", report == null ? null : report.reason(), MAX_REASON);
        arguments.throwIfAny();
        return bus.change(() -> lbs.requireAnyTenant(lbId), lb -> lb.projectId,
                lb -> tasks.require(lbId, taskId).map(task -> forward(task.status, status)
                        ? List.of(event(lb, "dataplane", correlationId,
                        new OvhTaskProgressed(taskId, status, report.reason())))
                        : List.<EventEnvelope>of()),
                () -> Uni.createFrom().voidItem());
    }

    private static boolean forward(String current, String next) {
        return !OvhTaskProgressed.finished(current) && !current.equals(next)
                && (!next.equals(OvhTaskProgressed.DOING) || current.equals(OvhTaskProgressed.TODO));
    }

    public Uni<Void> reportServer(UUID lbId, ServerStateReport report, UUID correlationId) {
        if (report == null) {
            throw ApiException.invalidArgument("server_state", Arguments.REQUIRED, "a body is required");
        }
        Arguments arguments = new Arguments();
        UUID backendId = Arguments.uuid("backend_id", report.backendId());
        String ip = arguments.text("ip", report.ip(), 64);
        String instance = arguments.text("instance_id", report.instanceId(), 128);
        String state = arguments.oneOf("server_state", report.serverState(), SERVER_STATES);
        String check = arguments.oneOf("last_health_check_status", report.lastHealthCheckStatus(), CHECK_RESULTS);
        arguments.optionalText("reason", report.reason(), MAX_REASON);
        arguments.throwIfAny();
        BackendServerStateChanged observed = new BackendServerStateChanged(backendId, ip, instance, state, check,
                report.reason());
        return bus.change(() -> lbs.requireAnyTenant(lbId), lb -> lb.projectId,
                lb -> currentServerState(backendId, ip, lbId).map(current ->
                        current.isEmpty() || current.get().equals(state + " " + check) ? List.<EventEnvelope>of()
                                : List.of(event(lb, instance, correlationId, observed))),
                () -> Uni.createFrom().voidItem());
    }

    /**
     * What the data plane got for a Let's Encrypt certificate: an issued bundle is read like a custom one (a bundle
     * that cannot serve is refused, 400); an error is kept with its reason. Repeating the current outcome appends
     * nothing.
     */
    public Uni<Void> reportCertificate(UUID certificateId, CertificateReport report, UUID correlationId) {
        Arguments arguments = new Arguments();
        String status = arguments.oneOf("status", report == null ? null : report.status(), CERTIFICATE_OUTCOMES);
        arguments.throwIfAny();
        EventPayload outcome;
        if (status.equals(CertificateEvents.STATUS_READY)) {
            String pem = report.pemBundle();
            outcome = PemBundle.read(pem, arguments).map(leaf -> new CertificateIssued(leaf.fingerprint(),
                    leaf.notValidBefore(), leaf.notValidAfter(), pem)).orElse(null);
        } else {
            outcome = new CertificateIssueFailed(arguments.text("reason", report.reason(), MAX_REASON));
        }
        arguments.throwIfAny();
        return bus.change(() -> certificates.requireLetsEncrypt(certificateId), certificate -> certificate.projectId,
                certificate -> Uni.createFrom().item(repeats(certificate, outcome) ? List.<EventEnvelope>of()
                        : List.of(context(certificate.region, certificate.zone, certificate.organizationId,
                        certificate.projectId, "dataplane", correlationId)
                        .envelope(certificateId, certificate.version + 1, outcome))),
                () -> Uni.createFrom().voidItem());
    }

    /** The data plane serves the LB with this private network attachment. */
    public Uni<Void> reportPrivateNetworkReady(UUID attachmentId, UUID correlationId) {
        return bus.change(() -> attachment(attachmentId), attachment -> attachment.projectId,
                attachment -> Uni.createFrom().item(
                        PrivateNetworkEvents.STATUS_READY.equals(attachment.status) ? List.<EventEnvelope>of()
                                : List.of(context(attachment.region, attachment.zone, attachment.organizationId,
                                attachment.projectId, "dataplane", correlationId)
                                .envelope(attachmentId, attachment.version + 1, new PrivateNetworkReady()))),
                () -> Uni.createFrom().voidItem());
    }

    private static Uni<PrivateNetworkEntity> attachment(UUID id) {
        return Panache.withSession(() -> PrivateNetworkEntity.<PrivateNetworkEntity>findById(id)).map(found -> {
            if (found == null || found.deleted) {
                throw ApiException.notFound("lb_private_network", id);
            }
            return found;
        });
    }

    private static boolean repeats(CertificateEntity certificate, EventPayload outcome) {
        if (outcome instanceof CertificateIssued issued) {
            return issued.fingerprint().equals(certificate.fingerprint);
        }
        return CertificateEvents.STATUS_ERROR.equals(certificate.status)
                && ((CertificateIssueFailed) outcome).reason().equals(certificate.statusDetails);
    }

    /**
     * What was last observed of the server; empty when it left the pool (an observation made just before, or a
     * stray one, appends nothing). Read in the command's own session: the decision holds one connection.
     */
    private static Uni<Optional<String>> currentServerState(UUID backendId, String ip, UUID lbId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CURRENT_SERVER_STATE, String.class)
                .setParameter(1, backendId).setParameter(2, ip).setParameter(3, lbId)
                .setParameter(4, BackendServerStateChanged.OVH_SERVER_PREFIX).getResultList()
                .map(rows -> rows.stream().findFirst()));
    }

    private static EventEnvelope event(LbEntity lb, String instance, UUID correlationId, EventPayload payload) {
        return context(lb.region, lb.zone, lb.organizationId, lb.projectId, instance, correlationId)
                .envelope(lb.id, lb.version + 1, payload);
    }

    private static EventContext context(String region, String zone, UUID organization, UUID project,
                                        String instance, UUID correlationId) {
        return new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), region, zone, organization, project,
                Actor.system(instance), correlationId, null);
    }
}
