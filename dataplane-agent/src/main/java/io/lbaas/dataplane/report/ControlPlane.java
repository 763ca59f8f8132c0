package io.lbaas.dataplane.report;

import io.lbaas.events.dataplane.CertificateReport;
import io.lbaas.events.dataplane.Heartbeat;
import io.lbaas.events.dataplane.LbStatusReport;
import io.lbaas.events.dataplane.ServerStateReport;
import io.lbaas.events.dataplane.TrafficReport;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The API's door for the data plane. The agent reports observations; the API decides, in the LB's version order,
 * which events they make. Authenticated as the agent's own Keycloak service account.
 */
@RegisterRestClient(configKey = "control-plane")
@OidcClientFilter
@Path("/internal/dataplane/v1")
@Consumes(MediaType.APPLICATION_JSON)
public interface ControlPlane {

    @POST
    @Path("lbs/{lb_id}/status")
    void reportStatus(@PathParam("lb_id") UUID lbId, LbStatusReport report);

    @POST
    @Path("lbs/{lb_id}/removed")
    void reportRemoved(@PathParam("lb_id") UUID lbId);

    @POST
    @Path("lbs/{lb_id}/servers")
    void reportServer(@PathParam("lb_id") UUID lbId, ServerStateReport report);

    @POST
    @Path("lbs/{lb_id}/traffic")
    void reportTraffic(@PathParam("lb_id") UUID lbId, TrafficReport report);

    @POST
    @Path("agents/{instance_id}/heartbeat")
    void heartbeat(@PathParam("instance_id") String instanceId, Heartbeat heartbeat);

    @POST
    @Path("private-networks/{attachment_id}/ready")
    void reportPrivateNetworkReady(@PathParam("attachment_id") UUID attachmentId);

    @POST
    @Path("certificates/{certificate_id}")
    void reportCertificate(@PathParam("certificate_id") UUID certificateId, CertificateReport report);
}
