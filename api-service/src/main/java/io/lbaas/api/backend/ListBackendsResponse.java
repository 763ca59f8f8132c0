package io.lbaas.api.backend;

import java.util.List;

/** Scaleway's {@code ListBackendsResponse}. */
public record ListBackendsResponse(List<BackendView> backends, long totalCount) {
}
