package io.lbaas.api.certificate;

import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.locality.Localities;
import io.lbaas.api.paging.PageRequest;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Scaleway LB v1, regional and zoned forms: TLS certificates. */
@Path("/lb/v1/{scope}/{locality}")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private final Callers callers;
    private final Localities localities;
    private final CertificateCommands commands;
    private final CertificateQueries queries;

    CertificateResource(Callers callers, Localities localities, CertificateCommands commands,
                        CertificateQueries queries) {
        this.callers = callers;
        this.localities = localities;
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @Path("lbs/{lb_id}/certificates")
    @RolesAllowed(Roles.READER)
    public Uni<ListCertificatesResponse> listCertificates(@RestPath String scope, @RestPath String locality,
                                                          @RestPath("lb_id") String lbId, @RestQuery String name,
                                                          @RestQuery String page,
                                                          @RestQuery("page_size") String pageSize,
                                                          @RestQuery("order_by") String orderBy) {
        PageRequest request = PageRequest.parse(page, pageSize, orderBy, PageRequest.allOrders());
        return queries.list(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                name, request);
    }

    @POST
    @Path("lbs/{lb_id}/certificates")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CertificateView> createCertificate(@RestPath String scope, @RestPath String locality,
                                                  @RestPath("lb_id") String lbId, CertificateRequest body,
                                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.create(callers.current(), localities.resolve(scope, locality), Arguments.uuid("lb_id", lbId),
                body, Decisions.correlationId(requestId));
    }

    @GET
    @Path("certificates/{certificate_id}")
    @RolesAllowed(Roles.READER)
    public Uni<CertificateView> getCertificate(@RestPath String scope, @RestPath String locality,
                                               @RestPath("certificate_id") String certificateId) {
        return queries.require(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("certificate_id", certificateId)).map(CertificateQueries.Found::view);
    }

    @PUT
    @Path("certificates/{certificate_id}")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CertificateView> updateCertificate(@RestPath String scope, @RestPath String locality,
                                                  @RestPath("certificate_id") String certificateId,
                                                  CertificateRequest.Rename body,
                                                  @RestHeader("X-Request-Id") String requestId) {
        return commands.rename(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("certificate_id", certificateId), body, Decisions.correlationId(requestId));
    }

    @DELETE
    @Path("certificates/{certificate_id}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Void> deleteCertificate(@RestPath String scope, @RestPath String locality,
                                       @RestPath("certificate_id") String certificateId,
                                       @RestHeader("X-Request-Id") String requestId) {
        return commands.delete(callers.current(), localities.resolve(scope, locality),
                Arguments.uuid("certificate_id", certificateId), Decisions.correlationId(requestId));
    }
}
