package io.lbaas.events.ovh;

import java.util.UUID;

/**
 * What a route does when all its rules match: {@code farm} sends to {@code farm} (the farm's domain id), {@code
 * redirect} answers {@code status} with {@code location} (OVH's URL template), {@code reject} answers {@code status}
 * (http) or closes the connection (tcp, status null). Fields another type does not use are null.
 */
public record OvhRouteAction(String type, UUID farm, String location, Integer status) {
}
