package io.lbaas.api.dataplane;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.stats.TrafficRecords;
import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.Heartbeat;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.lbaas.events.dataplane.TrafficReport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.UUID;

/**
 * Where the data-plane agents report what they observe; not for tenants. A report that changes nothing appends
 * nothing, so agents may repeat themselves (after a restart, say) without filling the log.
 */
@Path("/internal/dataplane/v1")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(DataPlaneCommands.ROLE)
public class DataPlaneResource {

    /** The instance a report comes from is not in it; the next heartbeat names it. */
    private static final String REPORTED = "reporting agent";

    private final DataPlaneCommands commands;
    private final DataPlaneWatch watch;
    private final TrafficRecords traffic;

    DataPlaneResource(DataPlaneCommands commands, DataPlaneWatch watch, TrafficRecords traffic) {
        this.commands = commands;
        this.watch = watch;
        this.traffic = traffic;
    }

    @POST
    @Path("agents/{instance_id}/heartbeat")
    public Uni<Void> heartbeat(@RestPath("instance_id") String instanceId, Heartbeat heartbeat) {
        if (heartbeat == null || heartbeat.lbIds() == null || heartbeat.lbIds().contains(null)) {
            throw ApiException.invalidArgument("lb_ids", Arguments.REQUIRED, "the ids of the LBs the agent runs");
        }
        return watch.heartbeat(instanceId, heartbeat.lbIds());
    }

    @POST
    @Path("lbs/{lb_id}/status")
    public Uni<Void> reportStatus(@RestPath("lb_id") String lbId, LbStatusReport report,
                                  @RestHeader("X-Request-Id") String requestId) {
        UUID id = Arguments.uuid("lb_id", lbId);
        // A report is a sign of life too: an LB reported on before the agent's next heartbeat is watched already.
        return commands.reportStatus(id, report, Decisions.correlationId(requestId))
                .call(() -> watch.heartbeat(REPORTED, List.of(id)));
    }

    /** The deleted LB no longer runs anywhere: its HAProxy is stopped, its files are gone. */
    @POST
    @Path("lbs/{lb_id}/removed")
    public Uni<Void> reportRemoved(@RestPath("lb_id") String lbId, @RestHeader("X-Request-Id") String requestId) {
        return commands.remove(Arguments.uuid("lb_id", lbId), null, Decisions.correlationId(requestId));
    }

    @POST
    @Path("lbs/{lb_id}/servers")
    public Uni<Void> reportServer(@RestPath("lb_id") String lbId, ServerStateReport report,
                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.reportServer(Arguments.uuid("lb_id", lbId), report, Decisions.correlationId(requestId));
    }

    @POST
    @Path("lbs/{lb_id}/traffic")
    public Uni<Void> reportTraffic(@RestPath("lb_id") String lbId, TrafficReport report) {
        return traffic.record(Arguments.uuid("lb_id", lbId), report);
    }

    @POST
    @Path("private-networks/{attachment_id}/ready")
    public Uni<Void> reportPrivateNetworkReady(@RestPath("attachment_id") String attachmentId,
                                               @RestHeader("X-Request-Id") String requestId) {
        return commands.reportPrivateNetworkReady(Arguments.uuid("attachment_id", attachmentId),
                Decisions.correlationId(requestId));
    }

    @POST
    @Path("certificates/{certificate_id}")
    public Uni<Void> reportCertificate(@RestPath("certificate_id") String certificateId, CertificateReport report,
                                       @RestHeader("X-Request-Id") String requestId) {
        return commands.reportCertificate(Arguments.uuid("certificate_id", certificateId), report,
                Decisions.correlationId(requestId));
    }
}
