package io.lbaas.api.ovh.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhPaths;
import io.lbaas.api.tenancy.Callers;
import io.lbaas.api.tenancy.Roles;
import io.lbaas.events.lb.BackendServerStateChanged;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OVH's {@code status} of a service, from what the data plane last reported: a server is ok while it runs, in error
 * once stopped, warn in between, unknown before it is seen (or while inactive); a farm is ok when its servers are,
 * warn when some of them are not, in error when none runs; the frontends follow their load balancer.
 */
@Path(OvhPaths.BASE + "/ipLoadbalancing/{serviceName}/status")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceStatusResource {

    static final String OK = "ok";
    static final String WARN = "warn";
    static final String ERROR = "error";
    static final String UNKNOWN = "unknown";

    /** Every live server of the service's farms with its health, and its farm; farms without servers too. */
    private static final String SERVERS = """
            SELECT f.id, CASE WHEN s.server_id IS NULL THEN NULL
                              WHEN s.status <> 'active' OR st.server_state IS NULL THEN 'unknown'
                              WHEN st.server_state = 'running' THEN 'ok'
                              WHEN st.server_state = 'stopped' THEN 'error'
                              ELSE 'warn' END
            FROM ovh_farm f
            LEFT JOIN ovh_server s ON s.farm = f.id AND NOT s.deleted
            LEFT JOIN backend_server_stats st ON st.backend_id = s.farm AND st.ip = cast(?2 as text) || s.server_id::text
            WHERE f.lb_id = ?1 AND NOT f.deleted""";
    private static final String FRONTENDS = "SELECT count(*) FROM ovh_frontend WHERE lb_id = ?1 AND NOT deleted";

    private final Callers callers;

    ServiceStatusResource(Callers callers) {
        this.callers = callers;
    }

    /** OVH's {@code Status}. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonPropertyOrder({"farms", "frontends", "servers", "service"})
    public record Status(Component farms, Component frontends, Component servers, Service service) {
    }

    /** OVH's {@code Status.Component}: how many there are, and how many are in each state. */
    public record Component(long total, Map<String, Long> status) {

        static Component of(List<String> healths) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List.of(OK, WARN, ERROR, UNKNOWN).forEach(health -> counts.put(health, 0L));
            healths.forEach(health -> counts.merge(health, 1L, Long::sum));
            return new Component(healths.size(), counts);
        }
    }

    /** OVH's {@code Status.Service}. */
    public record Service(String status) {
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Uni<Status> status(@RestPath String serviceName) {
        return OvhServices.require(callers.current(), serviceName).chain(lb -> Panache.withSession(() -> Panache
                .getSession().chain(session -> session.createNativeQuery(SERVERS, Object[].class)
                        .setParameter(1, lb.id).setParameter(2, BackendServerStateChanged.OVH_SERVER_PREFIX)
                        .getResultList()
                        .chain(servers -> session.createNativeQuery(FRONTENDS, Long.class).setParameter(1, lb.id)
                                .getSingleResult().map(frontends -> status(lb, servers, frontends))))));
    }

    static Status status(LbEntity lb, List<Object[]> rows, long frontends) {
        Map<UUID, List<String>> farms = new HashMap<>();
        List<String> servers = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> farm = farms.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
            if (row[1] != null) {
                farm.add((String) row[1]);
                servers.add((String) row[1]);
            }
        }
        List<String> farmHealths = farms.values().stream().map(ServiceStatusResource::farmHealth).toList();
        String lbHealth = switch (lb.status) {
            case "ready" -> OK;
            case "error" -> ERROR;
            default -> UNKNOWN;
        };
        String service = !OK.equals(lbHealth) || farmHealths.stream().allMatch(OK::equals) ? lbHealth : WARN;
        return new Status(Component.of(farmHealths), Component.of(Collections.nCopies((int) frontends,
                lbHealth)), Component.of(servers), new Service(service));
    }

    private static String farmHealth(List<String> servers) {
        boolean running = servers.contains(OK);
        boolean failing = servers.contains(ERROR) || servers.contains(WARN);
        if (running) {
            return failing ? WARN : OK;
        }
        return failing ? ERROR : UNKNOWN;
    }
}
