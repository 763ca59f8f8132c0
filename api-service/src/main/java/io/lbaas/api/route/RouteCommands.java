package io.lbaas.api.route;

import io.lbaas.api.backend.BackendQueries;
import io.lbaas.api.core.CommandBus;
import io.lbaas.api.core.Decisions;
import io.lbaas.api.error.ApiException;
import io.lbaas.api.error.Arguments;
import io.lbaas.api.frontend.FrontendQueries;
import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.lb.Offers;
import io.lbaas.api.locality.Locality;
import io.lbaas.api.tenancy.Caller;
import io.lbaas.events.EventContext;
import io.lbaas.events.EventEnvelope;
import io.lbaas.events.route.RouteCreated;
import io.lbaas.events.route.RouteDeleted;
import io.lbaas.events.route.RouteSpec;
import io.lbaas.events.route.RouteUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides the commands on routes: the target backend belongs to the frontend's load balancer and speaks its
 * protocol; SNI matches TCP frontends, Host header and path HTTP ones; one route per match on a frontend.
 */
@ApplicationScoped
public class RouteCommands {

    private static final Pattern HOST = Pattern.compile(
            "(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "(:[0-9]{1,5})?");
    private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7e]{0,1023}");

    private final CommandBus bus;
    private final RouteQueries queries;
    private final FrontendQueries frontends;
    private final BackendQueries backends;
    private final Offers offers;

    RouteCommands(CommandBus bus, RouteQueries queries, FrontendQueries frontends, BackendQueries backends,
                  Offers offers) {
        this.bus = bus;
        this.queries = queries;
        this.frontends = frontends;
        this.backends = backends;
        this.offers = offers;
    }

    public Uni<RouteView> create(Caller caller, Locality locality, RouteRequest request, UUID correlationId) {
        RouteRequest body = request == null ? RouteRequest.EMPTY : request;
        Arguments arguments = new Arguments();
        if (body.frontendId() == null) {
            arguments.problem("frontend_id", Arguments.REQUIRED, "the frontend whose traffic is routed");
        }
        RouteSpec spec = validated(body, arguments);
        UUID id = UUID.randomUUID();
        return bus.change(() -> frontends.require(caller, locality, body.frontendId()),
                frontend -> frontend.frontend().projectId,
                frontend -> allowed(caller, locality, frontend, spec, null).map(ok -> List.of(
                        context(caller, frontend, correlationId).envelope(id, 1,
                                new RouteCreated(body.frontendId(), frontend.frontend().lbId, spec)))),
                () -> queries.require(caller, locality, id).map(RouteQueries.Found::view));
    }

    public Uni<RouteView> update(Caller caller, Locality locality, UUID id, RouteRequest request,
                                 UUID correlationId) {
        RouteSpec spec = validated(request == null ? RouteRequest.EMPTY : request, new Arguments());
        return bus.change(() -> queries.require(caller, locality, id), found -> found.route().projectId,
                found -> allowed(caller, locality, found.frontend(), spec, id).map(ok -> List.of(
                        context(caller, found.frontend(), correlationId).envelope(id, found.route().version + 1,
                                new RouteUpdated(spec)))),
                () -> queries.require(caller, locality, id).map(RouteQueries.Found::view));
    }

    public Uni<Void> delete(Caller caller, Locality locality, UUID id, UUID correlationId) {
        return bus.change(() -> queries.require(caller, locality, id), found -> found.route().projectId,
                found -> {
                    found.frontend().backend().lb().requireSettled();
                    return Uni.createFrom().item(List.of(context(caller, found.frontend(), correlationId)
                            .envelope(id, found.route().version + 1, new RouteDeleted())));
                },
                () -> Uni.createFrom().voidItem());
    }

    /** The deletions of every route of a frontend, for a change that deletes the frontend. */
    public Uni<List<EventEnvelope>> deletionsOf(UUID frontendId, EventContext context) {
        return queries.liveOf(frontendId).map(live -> live.stream()
                .map(route -> context.envelope(route.id, route.version + 1, new RouteDeleted())).toList());
    }

    private static RouteSpec validated(RouteRequest request, Arguments arguments) {
        if (request.backendId() == null) {
            arguments.problem("backend_id", Arguments.REQUIRED, "the backend matching traffic goes to");
        }
        RouteRequest.Match match = request.match() == null ? new RouteRequest.Match(null, null, null, null)
                : request.match();
        List<String> given = new ArrayList<>();
        check(match.sni(), "match.sni", HOST, "a server name", given, arguments);
        check(match.hostHeader(), "match.host_header", HOST, "a host name, maybe with a port", given, arguments);
        check(match.pathBegin(), "match.path_begin", PATH, "a path beginning with /", given, arguments);
        if (given.size() != 1) {
            arguments.problem("match", given.isEmpty() ? Arguments.REQUIRED : Arguments.CONSTRAINT,
                    "exactly one of sni, host_header and path_begin");
        }
        arguments.throwIfAny();
        return new RouteSpec(request.backendId(), match.sni(), match.hostHeader(),
                Boolean.TRUE.equals(match.matchSubdomains()), match.pathBegin());
    }

    private static void check(String value, String argument, Pattern form, String help, List<String> given,
                              Arguments arguments) {
        if (value == null) {
            return;
        }
        given.add(argument);
        if (value.length() > 1024 || !form.matcher(value).matches()) {
            arguments.problem(argument, Arguments.FORMAT, "must be " + help);
        }
    }

    /** {@code self}: the route being updated, which does not clash with itself; null on creation. */
    private Uni<Boolean> allowed(Caller caller, Locality locality, FrontendQueries.Found frontend, RouteSpec spec,
                                 UUID self) {
        LbEntity lb = frontend.backend().lb().requireSettled();
        String protocol = frontend.backend().spec().forwardProtocol();
        if (spec.sni() != null ? !"tcp".equals(protocol) : !"http".equals(protocol)) {
            throw ApiException.invalidArgument(spec.sni() != null ? "match.sni" : "match", Arguments.CONSTRAINT,
                    "SNI routes TCP frontends, Host header and path route HTTP ones; this frontend's backend speaks "
                            + protocol);
        }
        return backends.require(caller, locality, spec.backendId()).chain(target -> {
            if (!target.lb().id.equals(lb.id)) {
                throw ApiException.invalidArgument("backend_id", Arguments.CONSTRAINT,
                        "must be a backend of load balancer " + lb.id);
            }
            if (!target.spec().forwardProtocol().equals(protocol)) {
                throw ApiException.invalidArgument("backend_id", Arguments.CONSTRAINT,
                        "must speak " + protocol + " as the frontend's backend does");
            }
            return queries.liveOf(frontend.frontend().id);
        }).map(live -> {
            if (self == null) {
                Offers.requireWithin("lb_routes", live.size() + 1L, offers.of(lb).maxRoutesPerFrontend());
            }
            live.stream().filter(other -> !other.id.equals(self) && sameMatch(queries.spec(other), spec))
                    .findFirst().ifPresent(other -> {
                        throw ApiException.alreadyExists(RouteQueries.RESOURCE, other.id,
                                "route " + other.id + " of this frontend has the same match");
                    });
            return true;
        });
    }

    private static boolean sameMatch(RouteSpec one, RouteSpec other) {
        return Objects.equals(one.sni(), other.sni()) && Objects.equals(one.hostHeader(), other.hostHeader())
                && Objects.equals(one.pathBegin(), other.pathBegin())
                && one.matchSubdomains() == other.matchSubdomains();
    }

    private static EventContext context(Caller caller, FrontendQueries.Found frontend, UUID correlationId) {
        LbEntity lb = frontend.backend().lb();
        return Decisions.context(caller, lb.region, lb.zone, lb.projectId, correlationId);
    }
}
