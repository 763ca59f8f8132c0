package io.lbaas.api.lb;

/** Scaleway's {@code LbType}: one offer, as available in one zone. */
public record LbTypeView(String name, String stockStatus, String description, String region, String zone,
                         long bandwidth, boolean multicloud) {
}
