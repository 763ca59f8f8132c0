package io.lbaas.api.dataplane;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Where the data-plane agents report what they observe; not for tenants. A report that changes nothing appends
 * nothing, so agents may repeat themselves (after a restart, say) without filling the log.
 */
@Path("/internal/dataplane/v1")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(DataPlaneCommands.ROLE)
public class DataPlaneResource {

    private final DataPlaneCommands commands;

    DataPlaneResource(DataPlaneCommands commands) {
        this.commands = commands;
    }

    @POST
    @Path("lbs/{lb_id}/status")
    public Uni<Void> reportStatus(@RestPath("lb_id") String lbId, LbStatusReport report,
                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.reportStatus(Arguments.uuid("lb_id", lbId), report, Decisions.correlationId(requestId));
    }

    @POST
    @Path("lbs/{lb_id}/servers")
    public Uni<Void> reportServer(@RestPath("lb_id") String lbId, ServerStateReport report,
                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.reportServer(Arguments.uuid("lb_id", lbId), report, Decisions.correlationId(requestId));
    }

    @POST
    @Path("certificates/{certificate_id}")
    public Uni<Void> reportCertificate(@RestPath("certificate_id") String certificateId, CertificateReport report,
                                       @RestHeader("X-Request-Id") String requestId) {
        return commands.reportCertificate(Arguments.uuid("certificate_id", certificateId), report,
                Decisions.correlationId(requestId));
    }
}
