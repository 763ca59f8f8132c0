package io.lbaas.api.ip;

import java.util.List;

/** Scaleway's {@code ListIpsResponse}. */
public record ListIpsResponse(List<IpView> ips, long totalCount) {
}
