package io.lbaas.api.ovh.task;

import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.dataplane.DataPlanePlacement;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ovh.OvhRefreshRequested;
import io.lbaas.events.ovh.OvhTaskProgressed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /refresh}: what the OVH dialect staged becomes what the data plane runs, as a task the data plane
 * moves on ({@code todo}, {@code doing}, {@code done} or {@code error}). An LB no data plane runs has nothing to
 * apply: its task is done at once.
 */
@ApplicationScoped
public class TaskCommands {

    static final String NOT_RUNNING = "no data plane runs this load balancer: nothing to apply";

    private final CommandBus bus;
    private final TaskQueries queries;
    private final DataPlanePlacement placement;

    TaskCommands(CommandBus bus, TaskQueries queries, DataPlanePlacement placement) {
        this.bus = bus;
        this.queries = queries;
        this.placement = placement;
    }

    /** {@code zone}: the zone to apply (the service's only one), or null for every zone. */
    public Uni<TaskView> refresh(Caller caller, String serviceName, String zone, UUID correlationId) {
        AtomicLong created = new AtomicLong();
        return bus.change(() -> OvhServices.require(caller, serviceName), lb -> lb.projectId, lb -> {
            if (zone != null && !zone.toLowerCase(Locale.ROOT).equals(lb.zone)) {
                throw OvhInput.invalid("zone", "this service runs in " + lb.zone + " only");
            }
            EventContext context = Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
            return queries.nextId(lb.requireSettled().id).chain(taskId -> placement.runs(lb).map(running -> {
                created.set(taskId);
                return refreshEvents(lb, taskId, running, context);
            }));
        }, () -> OvhServices.require(caller, serviceName).chain(lb -> queries.require(lb.id, created.get()))
                .map(TaskView::of));
    }

    private static List<EventEnvelope> refreshEvents(LbEntity lb, long taskId, boolean running,
                                                     EventContext context) {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(context.envelope(lb.id, lb.version + 1, new OvhRefreshRequested(taskId, List.of(lb.zone))));
        if (!running) {
            events.add(context.envelope(lb.id, lb.version + 2,
                    new OvhTaskProgressed(taskId, OvhTaskProgressed.DONE, NOT_RUNNING)));
        }
        return events;
    }
}
