package io.lbaas.api.ovh.frontend;

import io.lbaas.api.lb.LbEntity;
import io.lbaas.api.ovh.error.OvhException;
import io.lbaas.api.ovh.service.OvhInput;
import io.lbaas.events.ovh.OvhFrontendSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.lbaas.api.ovh.service.OvhInput.invalid;

/** OVH frontend bodies checked into the event contract's OvhFrontendSpec; the caller resolves the default farm. */
final class OvhFrontendSpecs {

    /** "Name value", the name an HTTP token; the value may use %ci and %cp (client IP and port) as OVH documents. */
    private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+ [ -~]+");

    private OvhFrontendSpecs() {
    }

    /** {@code defaultSslId}: the domain id of the default certificate the caller resolved, null: none. */
    static OvhFrontendSpec of(String protocol, FrontendBody body, LbEntity lb, UUID defaultBackendId,
                              UUID defaultSslId) {
        PortList.parse(body.port());
        if (OvhInput.UDP.equals(protocol)) {
            // OVH's FrontendUdp has no source lists, and nothing to decipher.
            OvhInput.absent(protocol, "ssl", body.ssl());
            OvhInput.absent(protocol, "defaultSslId", body.defaultSslId());
            OvhInput.absent(protocol, "allowedSource", emptyToNull(body.allowedSource()));
            OvhInput.absent(protocol, "deniedSource", emptyToNull(body.deniedSource()));
        }
        List<String> allowed = OvhInput.blocks("allowedSource", body.allowedSource());
        List<String> denied = OvhInput.blocks("deniedSource", body.deniedSource());
        if (allowed != null && !allowed.isEmpty() && denied != null && !denied.isEmpty()) {
            throw OvhException.badRequest("You cannot specify allowedSource and deniedSource both at the same time");
        }
        boolean http = "http".equals(protocol);
        return new OvhFrontendSpec(OvhInput.zone(body.zone(), lb), body.port(), defaultBackendId, allowed, denied,
                OvhInput.blocks("dedicatedIpfo", body.dedicatedIpfo()), OvhInput.flag(body.disabled()),
                OvhInput.text("displayName", body.displayName()), OvhInput.flag(body.ssl()),
                http && OvhInput.flag(body.hsts()), http ? headers(body.httpHeader()) : null,
                http ? redirect(body.redirectLocation()) : null, defaultSslId);
    }

    private static List<String> emptyToNull(List<String> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static List<String> headers(List<String> headers) {
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            if (header == null || !HEADER.matcher(header).matches()) {
                throw invalid("httpHeader", "each header is \"Name value\" on one line, e.g. \"X-Client-Port %cp\"");
            }
        }
        return List.copyOf(headers);
    }

    private static String redirect(String location) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || location.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\' || c > '~')) {
                throw invalid("redirectLocation", "an absolute http or https URL, e.g. https://www.ovh.com");
            }
            return location;
        } catch (URISyntaxException e) {
            throw invalid("redirectLocation", "an absolute http or https URL, e.g. https://www.ovh.com");
        }
    }
}
