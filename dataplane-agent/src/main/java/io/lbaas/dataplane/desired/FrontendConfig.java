package io.lbaas.dataplane.desired;

import io.lbaas.events.acl.AclSpec;
import io.lbaas.events.frontend.FrontendSpec;
import io.lbaas.events.route.RouteSpec;

import java.util.List;
import java.util.UUID;

/**
 * A frontend with what hangs from it: its ACLs in ascending index, its routes in creation order and the
 * certificates it serves (in the order of {@code spec.certificateIds()}, the first being the default one).
 */
public record FrontendConfig(UUID id, FrontendSpec spec, List<AclSpec> acls, List<RouteSpec> routes,
                             List<CertificateConfig> certificates) {
}
