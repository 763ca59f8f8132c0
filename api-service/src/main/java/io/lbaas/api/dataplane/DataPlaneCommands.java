package io.lbaas.api.dataplane;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.events.Actor;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.EventPayload;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.lbaas.events.lb.LbStatusChanged;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
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
    private static final String CURRENT_SERVER_STATE = """
            SELECT server_state || ' ' || last_health_check_status FROM backend_server_stats
            WHERE backend_id = ?1 AND ip = ?2""";
    private static final int MAX_REASON = 1024;

    private final CommandBus bus;
    private final LbQueries lbs;

    DataPlaneCommands(CommandBus bus, LbQueries lbs) {
        this.bus = bus;
        this.lbs = lbs;
    }

    public Uni<Void> reportStatus(UUID lbId, LbStatusReport report, UUID correlationId) {
        Arguments arguments = new Arguments();
        String status = arguments.oneOf("status", report == null ? null : report.status(), LB_STATUSES);
        arguments.optionalText("reason", report == null ? null : report.reason(), MAX_REASON);
        arguments.throwIfAny();
        return bus.change(() -> lbs.requireAnyTenant(lbId), lb -> lb.projectId,
                lb -> Uni.createFrom().item(status.equals(lb.status) ? List.<EventEnvelope>of()
                        : List.of(event(lb, "dataplane", correlationId, new LbStatusChanged(status, report.reason())))),
                () -> Uni.createFrom().voidItem());
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
                lb -> currentServerState(backendId, ip).map(current ->
                        Objects.equals(current, state + " " + check) ? List.<EventEnvelope>of()
                                : List.of(event(lb, instance, correlationId, observed))),
                () -> Uni.createFrom().voidItem());
    }

    /** Read in the command's own session: the decision holds one connection, never waits for a second. */
    private static Uni<String> currentServerState(UUID backendId, String ip) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CURRENT_SERVER_STATE, String.class)
                .setParameter(1, backendId).setParameter(2, ip).getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0)));
    }

    private static EventEnvelope event(LbEntity lb, String instance, UUID correlationId, EventPayload payload) {
        EventContext context = new EventContext(Instant.now().truncatedTo(ChronoUnit.MICROS), lb.region, lb.zone,
                lb.organizationId, lb.projectId, Actor.system(instance), correlationId, null);
        return context.envelope(lb.id, lb.version + 1, payload);
    }
}
