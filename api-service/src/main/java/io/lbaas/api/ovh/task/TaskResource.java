package io.lbaas.api.ovh.task;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * OVH's apply step: {@code refresh}, the {@code task}s it makes and the {@code pendingChanges} it would apply. A
 * service has one zone, its LB's.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private static final List<String> STATUSES = List.of("blocked", "cancelled", "doing", "done", "error", "todo");
    private static final List<String> ACTIONS = List.of("deleteIplb", "deployIplb", "install", "installIplb",
            "installZone", "orderFreeCertificate", "orderPaidCertificate", "orderSsl", "refreshIplb", "releaseIplb",
            "releaseIplbZone", "reopenIplb", "suspendIplb", "suspendZone", "switchToIplbNextGenerationApi",
            "vrackAttach", "vrackDetach");

    private final Callers callers;
    private final TaskCommands commands;
    private final TaskQueries queries;

    TaskResource(Callers callers, TaskCommands commands, TaskQueries queries) {
        this.callers = callers;
        this.commands = commands;
        this.queries = queries;
    }

    /** The body is optional (Terraform sends none); {@code zone} limits the refresh to one zone. */
    public record RefreshBody(String zone) {
    }

    /** OVH's {@code ipLoadbalancing.PendingChanges}. */
    public record PendingChanges(String zone, long number) {
    }

    @POST
    @Path("refresh")
    @RolesAllowed(Roles.WRITER)
    public Uni<TaskView> refresh(@RestPath String serviceName, RefreshBody body,
                                 @RestHeader("X-Request-Id") String requestId) {
        return commands.refresh(callers.current(), serviceName, body == null ? null : body.zone(),
                Decisions.correlationId(requestId));
    }

    @GET
    @Path("task")
    @RolesAllowed(Roles.READER)
    public Uni<List<Long>> tasks(@RestPath String serviceName, @RestQuery String action, @RestQuery String status,
                                 @RestQuery("creationDate.from") String createdFrom,
                                 @RestQuery("creationDate.to") String createdTo,
                                 @RestQuery("doneDate.from") String doneFrom,
                                 @RestQuery("doneDate.to") String doneTo) {
        TaskQueries.Filter filter = new TaskQueries.Filter(OvhInput.oneOf("action", action, ACTIONS),
                OvhInput.oneOf("status", status, STATUSES), time("creationDate.from", createdFrom),
                time("creationDate.to", createdTo), time("doneDate.from", doneFrom), time("doneDate.to", doneTo));
        return OvhServices.require(callers.current(), serviceName).chain(lb -> queries.ids(lb.id, filter));
    }

    @GET
    @Path("task/{id}")
    @RolesAllowed(Roles.READER)
    public Uni<TaskView> task(@RestPath String serviceName, @RestPath long id) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> queries.require(lb.id, id))
                .map(TaskView::of);
    }

    /** One entry for the service's zone while something waits for a refresh; none otherwise, as Terraform expects. */
    @GET
    @Path("pendingChanges")
    @RolesAllowed(Roles.READER)
    public Uni<List<PendingChanges>> pendingChanges(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> queries.pendingChanges(lb)
                .map(number -> number == 0 ? List.of() : List.of(new PendingChanges(lb.zone, number))));
    }

    /** OVH's datetime: ISO 8601 with an offset ({@code 2024-05-13T10:21:32+02:00}). */
    private static Instant time(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw OvhInput.invalid(parameter, "an ISO 8601 date and time with its offset");
        }
    }
}
