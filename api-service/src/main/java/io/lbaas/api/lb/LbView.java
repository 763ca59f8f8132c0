package io.lbaas.api.lb;

import io.lbaas.api.ip.IpView;
import io.lbaas.api.subscriber.SubscriberView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scaleway's {@code Lb} as the API answers it, keys in the order the live API sends them. */
public record LbView(
        UUID id,
        String name,
        String description,
        String status,
        List<Object> instances,
        UUID organizationId,
        UUID projectId,
        List<IpView> ip,
        List<String> tags,
        int frontendCount,
        int backendCount,
        String type,
        SubscriberView subscriber,
        String sslCompatibilityLevel,
        Instant createdAt,
        Instant updatedAt,
        int privateNetworkCount,
        int routeCount,
        String region,
        String zone) {

    public static LbView of(LbEntity lb) {
        return new LbView(lb.id, lb.name, lb.description, lb.status, List.of(), lb.organizationId, lb.projectId,
                lb.ips.stream().map(IpView::of).toList(), lb.tags, lb.frontendCount, lb.backendCount, lb.type,
                lb.subscriber == null ? null : SubscriberView.of(lb.subscriber), lb.sslCompatibilityLevel,
                lb.createdAt, lb.updatedAt, lb.privateNetworkCount, lb.routeCount, lb.region, lb.zone);
    }
}
