package io.lbaas.events.ovh;

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
}
