package io.lbaas.api.ovh.error;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Every path under {@code /1.0} that no OVH resource serves: a 404 in OVH's shape. Without it, a path matching no
 * resource class would leave Quarkus REST for the HTTP layer's bare 404. More literal paths win in JAX-RS matching,
 * so this never shadows a real resource.
 */
@Path(OvhPaths.BASE + "/{path: .*}")
@Produces(MediaType.APPLICATION_JSON)
public class OvhUnknownPaths {

    static final String MESSAGE = "Got an invalid (or empty) URL";

    @GET
    public void get() {
        throw OvhException.notFound(MESSAGE);
    }

    @POST
    public void post() {
        throw OvhException.notFound(MESSAGE);
    }

    @PUT
    public void put() {
        throw OvhException.notFound(MESSAGE);
    }

    @DELETE
    public void delete() {
        throw OvhException.notFound(MESSAGE);
    }
}
