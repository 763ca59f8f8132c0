package io.lbaas.api.history;

import java.util.List;

/** A page of a load balancer's history, newest first, in Scaleway's list shape. */
public record ListLbEventsResponse(List<LbEventView> events, long totalCount) {
}
