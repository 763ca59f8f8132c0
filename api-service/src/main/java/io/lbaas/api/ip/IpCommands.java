package io.lbaas.api.ip;

import com.fasterxml.jackson.databind.JsonNode;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.lb.LbQueries;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.quota.ProjectQuotas;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.api.tenancy.Projects;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.ip.IpAllocated;
import io.lbaas.events.ip.IpAttached;
import io.lbaas.events.ip.IpDetached;
import io.lbaas.events.ip.IpReleased;
import io.lbaas.events.ip.IpUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Decides the commands on flexible IPs. */
@ApplicationScoped
public class IpCommands {

    private static final Pattern HOSTNAME = Pattern.compile(
            "(?i)(?=.{1,253}\\.?$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private final CommandBus bus;
    private final IpQueries queries;
    private final IpPools pools;
    private final LbQueries lbs;
    private final ProjectQuotas quotas;

    IpCommands(CommandBus bus, IpQueries queries, IpPools pools, LbQueries lbs, ProjectQuotas quotas) {
        this.bus = bus;
        this.queries = queries;
        this.pools = pools;
        this.lbs = lbs;
        this.quotas = quotas;
    }

    public Uni<IpView> create(Caller caller, Locality locality, CreateIpRequest request, UUID correlationId) {
        CreateIpRequest body = request == null ? CreateIpRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        boolean ipv6 = Boolean.TRUE.equals(body.isIpv6());
        String reverse = reverse(arguments, body.reverse());
        List<String> tags = arguments.tags("tags", body.tags());
        UUID project = Projects.target(arguments, caller, body.projectId(), body.organizationId());
        arguments.throwIfAny();
        String zone = locality.zoneForNew();
        pools.requireFamily(zone, ipv6, "is_ipv6");
        UUID id = UUID.randomUUID();
        return bus.execute(project,
                () -> quotas.requireIps(project, 1).chain(() -> pools.allocate(zone, ipv6, project))
                        .map(address -> List.of(Decisions.context(caller, locality.region(), zone, project,
                                correlationId).envelope(id, 1, new IpAllocated(address, ipv6, reverse != null ? reverse
                                : pools.defaultReverse(address, locality.region()), tags)))),
                () -> queries.require(caller, locality, id).map(IpView::of));
    }

    /**
     * A PATCH: only the fields present change. {@code lb_id} attaches the IP to a load balancer of its project and
     * zone, or with {@code null} detaches it; {@code reverse: null} gives back the default name.
     */
    public Uni<IpView> update(Caller caller, Locality locality, UUID id, JsonNode body, UUID correlationId) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidArgument("body", Arguments.FORMAT, "must be a JSON object");
        }
        Arguments arguments = new Arguments();
        String reverse = body.has("reverse") && !body.get("reverse").isNull()
                ? reverse(arguments, text(arguments, body, "reverse")) : null;
        List<String> tags = body.has("tags") ? arguments.tags("tags", strings(arguments, body.get("tags"))) : null;
        UUID lbId = body.hasNonNull("lb_id") ? Arguments.uuid("lb_id", text(arguments, body, "lb_id")) : null;
        arguments.throwIfAny();
        return bus.change(() -> queries.require(caller, locality, id), ip -> ip.projectId, ip -> {
            EventContext context = Decisions.context(caller, ip.region, ip.zone, ip.projectId, correlationId);
            List<EventEnvelope> events = new ArrayList<>();
            String newReverse = body.has("reverse") ? (reverse != null ? reverse
                    : pools.defaultReverse(ip.address, ip.region)) : ip.reverse;
            List<String> newTags = tags != null ? tags : ip.tags;
            if (!newReverse.equals(ip.reverse) || !newTags.equals(ip.tags)) {
                events.add(context.envelope(id, ip.version + 1, new IpUpdated(newReverse, newTags)));
            }
            if (!body.has("lb_id") || Objects.equals(lbId, ip.lbId)) {
                return Uni.createFrom().item(events);
            }
            long next = ip.version + events.size() + 1;
            if (lbId == null) {
                // An LB being deleted keeps its IPs until nothing listens on them (see LbRemoval).
                return lbs.requireAnyTenant(ip.lbId).map(lb -> {
                    lb.requireSettled();
                    events.add(context.envelope(id, next, new IpDetached()));
                    return events;
                });
            }
            if (ip.lbId != null) {
                throw ApiException.preconditionFailed("resource_still_in_use",
                        "the IP serves load balancer " + ip.lbId + ": detach it first");
            }
            return lbs.require(caller, locality, lbId).map(lb -> {
                lb.requireSettled();
                if (!lb.projectId.equals(ip.projectId) || !lb.zone.equals(ip.zone)) {
                    throw ApiException.invalidArgument("lb_id", Arguments.CONSTRAINT,
                            "must be a load balancer of the IP's project and zone");
                }
                events.add(context.envelope(id, next, new IpAttached(lbId)));
                return events;
            });
        }, () -> queries.require(caller, locality, id).map(IpView::of));
    }

    /** Refused while the IP serves a load balancer. */
    public Uni<Void> release(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), ip -> ip.projectId, ip -> {
            if (ip.lbId != null) {
                throw ApiException.preconditionFailed("resource_still_in_use",
                        "the IP serves load balancer " + ip.lbId + ": delete it or detach the IP first");
            }
            return Uni.createFrom().item(List.of(Decisions.context(caller, ip.region, ip.zone, ip.projectId,
                    correlationId).envelope(id, ip.version + 1, new IpReleased())));
        }, () -> Uni.createFrom().voidItem());
    }

    private static String reverse(Arguments arguments, String reverse) {
        if (reverse != null && !HOSTNAME.matcher(reverse).matches()) {
            arguments.problem("reverse", Arguments.FORMAT, "must be a DNS name");
        }
        return reverse;
    }

    private static String text(Arguments arguments, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (!value.isTextual()) {
            arguments.problem(field, Arguments.FORMAT, "must be a string");
            return null;
        }
        return value.asText();
    }

    private static List<String> strings(Arguments arguments, JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            arguments.problem("tags", Arguments.FORMAT, "must be a list of strings");
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        value.forEach(item -> strings.add(item.isTextual() ? item.asText() : null));
        return strings;
    }
}
