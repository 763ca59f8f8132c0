package io.lbaas.api.ovh.service;

import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Operations of OVH's IP Load Balancing API that this control plane does not offer (yet): vRack, quotas and
 * billing, zone termination, the deprecated instance states. They answer OVH's 501 in OVH's shape, not 404: the
 * path is OVH's, the operation is missing. Another tenant's service is still 404.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/{operation: " + NotOfferedResource.OPERATIONS + "}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class NotOfferedResource {

    static final String OPERATIONS = "quota(/[^/]+)?|quotaHistory(/[^/]+)?|serviceInfos|changeContact|terminate"
            + "|confirmTermination|freeCertificate|instancesState|vrack/.+|zone/[^/]+/(terminate|cancelTermination)";

    private final Callers callers;

    NotOfferedResource(Callers callers) {
        this.callers = callers;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<Void> get(@RestPath String serviceName, @RestPath String operation) {
        return refuse(serviceName, operation);
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> post(@RestPath String serviceName, @RestPath String operation) {
        return refuse(serviceName, operation);
    }

    @PUT
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> put(@RestPath String serviceName, @RestPath String operation) {
        return refuse(serviceName, operation);
    }

    @DELETE
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> delete(@RestPath String serviceName, @RestPath String operation) {
        return refuse(serviceName, operation);
    }

    private Uni<Void> refuse(String serviceName, String operation) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> {
            throw OvhException.notImplemented("/" + operation.split("/")[0]
                    + " is not offered by this IP Load Balancing service yet (see the project's README)");
        });
    }
}
