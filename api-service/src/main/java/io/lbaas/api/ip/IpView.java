package io.lbaas.api.ip;

import java.util.List;
import java.util.UUID;

/** Scaleway's {@code Ip}, keys in the live API's order. */
public record IpView(
        UUID id,
        String ipAddress,
        UUID organizationId,
        UUID projectId,
        UUID lbId,
        String reverse,
        List<String> tags,
        String region,
        String zone) {

    public static IpView of(IpEntity ip) {
        return new IpView(ip.id, ip.address, ip.organizationId, ip.projectId, ip.lbId, ip.reverse, ip.tags,
                ip.region, ip.zone);
    }
}
