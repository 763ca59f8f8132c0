package io.lbaas.api.lb;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Scaleway's {@code LbType}: one offer, as available in one zone. */
@JsonPropertyOrder(alphabetic = true)
public record LbTypeView(String name, String stockStatus, String description, String region, String zone,
                         long bandwidth, boolean multicloud) {
}
