package io.lbaas.api.subscriber;

import java.util.List;

/** A page of a subscriber's deliveries, in Scaleway's list shape. */
public record ListDeliveriesResponse(List<DeliveryView> deliveries, long totalCount) {
}
