package io.lbaas.api.lb;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Scaleway's {@code ListLbsResponse}: one page, and how many match in all. */
@JsonPropertyOrder(alphabetic = true)
public record ListLbsResponse(List<LbView> lbs, long totalCount) {
}
