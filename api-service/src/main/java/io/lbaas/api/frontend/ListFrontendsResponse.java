package io.lbaas.api.frontend;

import java.util.List;

/** Scaleway's {@code ListFrontendsResponse}. */
public record ListFrontendsResponse(List<FrontendView> frontends, long totalCount) {
}
