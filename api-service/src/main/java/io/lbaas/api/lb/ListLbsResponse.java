package io.lbaas.api.lb;

import java.util.List;

/** Scaleway's {@code ListLbsResponse}: one page, and how many match in all. */
public record ListLbsResponse(List<LbView> lbs, long totalCount) {
}
