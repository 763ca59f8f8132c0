package io.lbaas.projection.core;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The operators' way to rebuild the read models from the log: {@code POST /admin/rebuild} with a token
 * holding the {@code lb-admin} role. Answers when the rebuild is committed.
 */
@Path("/admin/rebuild")
public class RebuildResource {

    private final Rebuild rebuild;

    RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Blocking
    @RolesAllowed("lb-admin")
    public Response rebuild() {
        try {
            return Response.ok(rebuild.run()).build();
        } catch (Rebuild.AlreadyRunning e) {
            return Response.status(Response.Status.CONFLICT).entity(new Problem(e.getMessage())).build();
        }
    }

    record Problem(String message) {
    }
}
