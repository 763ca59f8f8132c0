package io.lbaas.events.ovh;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Names shared by the events of OVH routes. A route is an aggregate of its own (no Scaleway object has its shape: it
 * belongs to a service and optionally to a frontend), and its rules are part of it as servers are part of a farm.
 */
public final class OvhRouteEvents {

    public static final String AGGREGATE = "ovh_route";
    public static final String FARM = "farm";
    public static final String REDIRECT = "redirect";
    public static final String REJECT = "reject";

    private OvhRouteEvents() {
    }

    /**
     * OVH's evaluation order, which the API lists routes in and the data plane applies them in: reject and redirect
     * routes before farm routes, ascending weight within each, then creation order (the OVH id).
     */
    public static <T> Comparator<T> evaluationOrder(Function<T, OvhRouteSpec> spec, ToLongFunction<T> routeId) {
        return Comparator.<T>comparingInt(route -> FARM.equals(spec.apply(route).action().type()) ? 1 : 0)
                .thenComparingInt(route -> spec.apply(route).weight()).thenComparingLong(routeId);
    }
}
