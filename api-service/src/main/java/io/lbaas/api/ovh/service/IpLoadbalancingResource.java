package io.lbaas.api.ovh.service;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.lb.LbCommands;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.SslCompatibilityLevel;
import io.lbaas.api.lb.UpdateLbRequest;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Locale;

/**
 * OVH's {@code /ipLoadbalancing}: the caller's load balancers as OVH IP Load Balancing services, in every region,
 * scoped by the caller's organization and projects like every Scaleway read. Another tenant's service does not exist.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing")
@Produces(MediaType.APPLICATION_JSON)
public class IpLoadbalancingResource {

    private final Callers callers;
    private final LbCommands lbs;

    IpLoadbalancingResource(Callers callers, LbCommands lbs) {
        this.callers = callers;
        this.lbs = lbs;
    }

    /**
     * The writable part of {@code ipLoadbalancing.Ip}; clients send the whole model, whose read-only properties are
     * ignored. An absent (or null) property keeps its value.
     */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record IpUpdate(String displayName, String sslConfiguration) {
    }

    /** The service names, a bare JSON array, oldest LB first. */
    @GET
    @RolesAllowed(Roles.READER)
    public Uni<List<String>> list() {
        Caller caller = callers.current();
        if (caller.grantsNothing()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> LbEntity.<LbEntity>list(
                        "organizationId = ?1 and projectId in ?2 and deleted = false", Sort.by("createdAt").and("id"),
                        caller.organizationId(), caller.projectIds()))
                .map(lbs -> lbs.stream().map(lb -> ServiceNames.of(lb.id)).toList());
    }

    @GET
    @Path("{serviceName}")
    @RolesAllowed(Roles.READER)
    public Uni<IpLoadbalancingView> get(@RestPath String serviceName) {
        return require(callers.current(), serviceName).map(IpLoadbalancingView::of);
    }

    /**
     * Renames the service ({@code displayName}, at most 50 characters as OVH says) or changes its TLS profile
     * ({@code sslConfiguration}); the LB's other settings stay. Answers 200 with a JSON {@code null}, as OVH's void.
     */
    @PUT
    @Path("{serviceName}")
    @RolesAllowed(Roles.WRITER)
    public Uni<Response> update(@RestPath String serviceName, IpUpdate body,
                                @RestHeader("X-Request-Id") String requestId) {
        Caller caller = callers.current();
        IpUpdate update = body == null ? new IpUpdate(null, null) : body;
        if (update.displayName() != null && update.displayName().length() > 50) {
            throw OvhException.badRequest("Invalid parameter displayName: at most 50 characters");
        }
        SslCompatibilityLevel level = sslLevel(update.sslConfiguration());
        return require(caller, serviceName).chain(lb -> lbs.update(caller, new Locality(lb.region, null, null), lb.id,
                        new UpdateLbRequest(update.displayName() != null ? update.displayName() : lb.name,
                                lb.description, lb.tags, level != null ? level
                                : SslCompatibilityLevel.valueOf(lb.sslCompatibilityLevel.toUpperCase(Locale.ROOT))),
                        Decisions.correlationId(requestId)))
                .map(ignored -> OvhServices.voidAnswer());
    }

    private static SslCompatibilityLevel sslLevel(String configuration) {
        if (configuration == null) {
            return null;
        }
        return switch (configuration) {
            case "intermediate" -> SslCompatibilityLevel.SSL_COMPATIBILITY_LEVEL_INTERMEDIATE;
            case "modern" -> SslCompatibilityLevel.SSL_COMPATIBILITY_LEVEL_MODERN;
            default -> throw OvhException.badRequest(
                    "Invalid parameter sslConfiguration: must be one of intermediate, modern");
        };
    }

    private static Uni<LbEntity> require(Caller caller, String serviceName) {
        return OvhServices.require(caller, serviceName);
    }
}
