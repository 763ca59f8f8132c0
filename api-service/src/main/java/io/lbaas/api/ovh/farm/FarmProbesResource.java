package io.lbaas.api.ovh.farm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.ovh.service.OvhServices;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** OVH's {@code availableFarmProbes}: the probes a farm may have, read from the rules its probes are checked by. */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/availableFarmProbes")
@Produces(MediaType.APPLICATION_JSON)
public class FarmProbesResource {

    private static final List<AvailableProbe> PROBES = FarmSpecs.MATCHES.keySet().stream().sorted()
            .map(FarmProbesResource::available).toList();

    private final Callers callers;

    FarmProbesResource(Callers callers) {
        this.callers = callers;
    }

    /** OVH's {@code FarmAvailableProbe}; {@code method} is null for probes that send no HTTP request. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AvailableProbe(String type, boolean port, boolean url, List<String> method, List<String> matches,
                                 List<String> negatableMatches) {
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<AvailableProbe>> probes(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).map(lb -> PROBES);
    }

    /** Every match but {@code default} may be negated; oco's agent answers on port 79 only. */
    private static AvailableProbe available(String type) {
        List<String> matches = FarmSpecs.MATCHES.get(type);
        boolean http = "http".equals(type);
        return new AvailableProbe(type, !"oco".equals(type), http, http ? FarmSpecs.METHODS : null, matches,
                matches.stream().filter(match -> !"default".equals(match)).toList());
    }
}
