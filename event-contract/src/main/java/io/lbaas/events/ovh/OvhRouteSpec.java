package io.lbaas.events.ovh;

import java.util.UUID;

/**
 * What a tenant sets on an OVH route. {@code frontend} is the domain id of the OVH frontend it routes for (null: it
 * routes nothing until it is given one); {@code weight} orders routes of one category, in [0;255].
 */
public record OvhRouteSpec(OvhRouteAction action, String displayName, UUID frontend, int weight) {
}
