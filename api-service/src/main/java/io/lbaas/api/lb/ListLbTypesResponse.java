package io.lbaas.api.lb;

import java.util.List;

/** Scaleway's {@code ListLbTypesResponse}. */
public record ListLbTypesResponse(List<LbTypeView> lbTypes, long totalCount) {
}
