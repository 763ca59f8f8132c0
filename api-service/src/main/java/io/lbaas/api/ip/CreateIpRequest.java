package io.lbaas.api.ip;

import java.util.List;
import java.util.UUID;

/** Body of createIp. */
public record CreateIpRequest(Boolean isIpv6, String reverse, List<String> tags, UUID projectId,
                              UUID organizationId) {

    static final CreateIpRequest EMPTY = new CreateIpRequest(null, null, null, null, null);
}
