package io.lbaas.api.ovh.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

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
    private final ObjectMapper json;

    TaskResource(Callers callers, TaskCommands commands, TaskQueries queries, ObjectMapper json) {
        this.callers = callers;
        this.json = json;
        this.commands = commands;
        this.queries = queries;
    }

    /** OVH's {@code ipLoadbalancing.PendingChanges}. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record PendingChanges(String zone, long number) {
    }

    /**
     * The body is optional: Terraform sends none, not even a Content-Type; {@code {"zone": ...}} limits the refresh
     * to that zone.
     */
    @POST
    @Path("refresh")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.WRITER)
    public Uni<TaskView> refresh(@RestPath String serviceName, String body,
                                 @RestHeader("X-Request-Id") String requestId) {
        return commands.refresh(callers.current(), serviceName, zoneOf(body), Decisions.correlationId(requestId));
    }

    private String zoneOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode zone = json.readTree(body).path("zone");
            if (zone.isMissingNode() || zone.isNull()) {
                return null;
            }
            if (!zone.isTextual()) {
                throw OvhInput.invalid("zone", "a string");
            }
            return zone.asText();
        } catch (JsonProcessingException e) {
            throw OvhInput.invalid("body", "a JSON object, or nothing");
        }
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
                OvhInput.oneOf("status", status, STATUSES), OvhInput.dateTime("creationDate.from", createdFrom),
                OvhInput.dateTime("creationDate.to", createdTo), OvhInput.dateTime("doneDate.from", doneFrom), OvhInput.dateTime("doneDate.to", doneTo));
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
}
