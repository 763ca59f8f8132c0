package io.lbaas.api.subscriber;

import java.util.List;

/** Scaleway's {@code ListSubscriberResponse}. */
public record ListSubscriberResponse(List<SubscriberView> subscribers, long totalCount) {
}
