package io.lbaas.api.apikey;

import java.util.List;

/** The caller's API keys. */
public record ListApiKeysResponse(List<ApiKeyView> apiKeys, long totalCount) {
}
