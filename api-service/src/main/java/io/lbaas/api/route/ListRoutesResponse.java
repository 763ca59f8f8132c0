package io.lbaas.api.route;

import java.util.List;

/** Scaleway's {@code ListRoutesResponse}. */
public record ListRoutesResponse(List<RouteView> routes, long totalCount) {
}
