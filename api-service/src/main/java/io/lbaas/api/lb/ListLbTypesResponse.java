package io.lbaas.api.lb;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Scaleway's {@code ListLbTypesResponse}. */
@JsonPropertyOrder(alphabetic = true)
public record ListLbTypesResponse(List<LbTypeView> lbTypes, long totalCount) {
}
