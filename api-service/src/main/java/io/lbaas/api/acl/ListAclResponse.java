package io.lbaas.api.acl;

import java.util.List;

/** Scaleway's {@code ListAclResponse}, and the zoned {@code SetAclsResponse}, which has the same shape. */
public record ListAclResponse(List<AclView> acls, long totalCount) {
}
