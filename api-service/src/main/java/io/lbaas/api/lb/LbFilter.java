package io.lbaas.api.lb;

import java.util.List;
import java.util.UUID;

/** The filters of {@code listLbs}; null or empty means no filter. */
record LbFilter(String name, UUID organizationId, UUID projectId, List<String> tags, List<UUID> lbIds) {
}
