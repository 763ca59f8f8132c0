package io.lbaas.api.ovh.route;

import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.OvhRouteAction;
import io.lbaas.events.ovh.OvhRouteEvents;
import io.lbaas.events.ovh.OvhRouteSpec;

import java.util.UUID;
import java.util.regex.Pattern;

import static io.lbaas.api.ovh.service.OvhInput.invalid;

/**
 * OVH route bodies checked into the event contract's OvhRouteSpec; the caller resolves the farm and the frontend
 * (their OVH ids) into domain ids, since both must exist in the service with the route's protocol.
 */
final class RouteSpecs {

    private static final int MAX_WEIGHT = 255;
    private static final int MAX_LOCATION = 1024;
    /** OVH's template variables, each rendered by the data plane from the request. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(protocol|domain|host|port|path|arguments|uri)}");
    /**
     * An absolute http(s) URL (or one whose scheme is {@code ${protocol}}) of printable ASCII without quotes,
     * backslashes or spaces, which would end HAProxy's word or the Location header.
     */
    private static final Pattern LOCATION = Pattern.compile("(https?|\\$\\{protocol})://[!#-\\[\\]-~]+");

    private RouteSpecs() {
    }

    /** The action's checked type; a farm action's farm is resolved by the caller from {@link #farmId}. */
    static String type(String protocol, RouteBody body) {
        if (body.action() == null || body.action().type() == null) {
            throw invalid("action", "is required, with its type");
        }
        String type = body.action().type();
        if (RouteCatalog.action(protocol, type).isEmpty()) {
            throw invalid("action.type", "must be one of " + String.join(", ", RouteCatalog.actionNames(protocol))
                    + " on " + protocol + " routes");
        }
        return type;
    }

    /** The OVH id of a farm action's farm, null for the other actions. */
    static Long farmId(String protocol, RouteBody body) {
        if (!OvhRouteEvents.FARM.equals(type(protocol, body))) {
            return null;
        }
        String target = body.action().target();
        if (target == null || !target.matches("\\d{1,18}")) {
            throw invalid("action.target", "the id of a " + protocol + " farm of this service");
        }
        return Long.parseLong(target);
    }

    /** {@code farm}: the domain id of the farm of a farm action; {@code frontend}: that of the frontend, or null. */
    static OvhRouteSpec of(String protocol, RouteBody body, UUID farm, UUID frontend) {
        String type = type(protocol, body);
        RouteBody.ActionBody action = body.action();
        OvhRouteAction checked = switch (type) {
            case OvhRouteEvents.FARM -> {
                noStatus(action);
                yield new OvhRouteAction(type, farm, null, null);
            }
            case OvhRouteEvents.REDIRECT -> new OvhRouteAction(type, null, location(action.target()),
                    status(action.status(), RouteCatalog.REDIRECT_STATUSES, RouteCatalog.DEFAULT_REDIRECT_STATUS));
            default -> {
                if (action.target() != null && !action.target().isEmpty()) {
                    throw invalid("action.target", "a reject route has no target");
                }
                if ("http".equals(protocol)) {
                    yield new OvhRouteAction(type, null, null, status(action.status(), RouteCatalog.REJECT_STATUSES,
                            RouteCatalog.DEFAULT_REJECT_STATUS));
                }
                noStatus(action);
                yield new OvhRouteAction(type, null, null, null);
            }
        };
        return new OvhRouteSpec(checked, OvhInput.text("displayName", body.displayName()), frontend,
                weight(body.weight()));
    }

    private static void noStatus(RouteBody.ActionBody action) {
        if (action.status() != null) {
            throw invalid("action.status", "only http redirect and reject routes have a status");
        }
    }

    private static int status(Long status, java.util.List<Long> allowed, long byDefault) {
        if (status == null) {
            return (int) byDefault;
        }
        if (!allowed.contains(status)) {
            throw invalid("action.status", "must be one of " + allowed);
        }
        return status.intValue();
    }

    private static String location(String target) {
        if (target == null || target.length() > MAX_LOCATION || !LOCATION.matcher(target).matches()
                || VARIABLE.matcher(target).replaceAll("").contains("$")) {
            throw invalid("action.target", "an absolute http or https URL of at most " + MAX_LOCATION
                    + " characters, without spaces or quotes, which may use ${protocol}, ${domain}, ${host},"
                    + " ${port}, ${path}, ${arguments} and ${uri}");
        }
        return target;
    }

    private static int weight(Long weight) {
        if (weight == null) {
            return 0;
        }
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw invalid("weight", "must be between 0 and " + MAX_WEIGHT);
        }
        return weight.intValue();
    }
}
