package io.lbaas.events.ovh;

import java.util.List;
import java.util.UUID;

/**
 * What a tenant sets on an OVH frontend. {@code port} is OVH's port string ("80,443,8000-8010"), validated;
 * {@code defaultBackendId} is the domain id of the default farm (null: none, the frontend then answers nothing);
 * the source lists are CIDRs (at most one of allowed and denied); {@code dedicatedIpfo} limits the addresses the
 * frontend listens on. {@code hsts}, {@code httpHeader} and {@code redirectLocation} apply to http frontends only.
 * With {@code ssl}, the frontend deciphers TLS with every SSL certificate of the service, {@code defaultSslId} (the
 * domain id of one of them) for clients that name none of theirs; null: the oldest one.
 */
public record OvhFrontendSpec(
        String zone,
        String port,
        UUID defaultBackendId,
        List<String> allowedSource,
        List<String> deniedSource,
        List<String> dedicatedIpfo,
        boolean disabled,
        String displayName,
        boolean ssl,
        boolean hsts,
        List<String> httpHeader,
        String redirectLocation,
        UUID defaultSslId) {
}
