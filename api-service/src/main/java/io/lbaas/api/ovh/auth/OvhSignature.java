package io.lbaas.api.ovh.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * OVH API v1's request signature: {@code "$1$" + sha1hex(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TIMESTAMP)}.
 * Clients disagree on the URL they sign: the Node client always signs {@code https://host/...} without the port,
 * go-ovh and python-ovh the endpoint they were configured with. {@link #urls} gives every form accepted.
 */
public final class OvhSignature {

    public static final String PREFIX = "$1$";

    private OvhSignature() {
    }

    public static String sign(String applicationSecret, String consumerKey, String method, String url, String body,
                              String timestamp) {
        String text = String.join("+", applicationSecret, consumerKey, method, url, body, timestamp);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The URLs a client may have signed for this request: as it reached us ({@code scheme://Host} and the raw request
     * target, undecoded), as the Node client signs it ({@code https://} and the host without its port), and on the
     * configured public URL.
     */
    public static Set<String> urls(String scheme, String host, String requestTarget, Optional<String> publicUrl) {
        Set<String> urls = new LinkedHashSet<>();
        if (host != null && !host.isBlank()) {
            urls.add(scheme + "://" + host + requestTarget);
            urls.add("https://" + withoutPort(host) + requestTarget);
        }
        publicUrl.map(OvhSignature::origin).ifPresent(origin -> urls.add(origin + requestTarget));
        return urls;
    }

    /** True if {@code signature} is the signature of one of {@code urls}; compared in constant time. */
    public static boolean matches(String signature, String applicationSecret, String consumerKey, String method,
                                  Set<String> urls, String body, String timestamp) {
        if (signature == null) {
            return false;
        }
        byte[] sent = signature.trim().toLowerCase().getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (String url : urls) {
            byte[] expected = sign(applicationSecret, consumerKey, method, url, body, timestamp)
                    .getBytes(StandardCharsets.UTF_8);
            matched |= MessageDigest.isEqual(sent, expected);
        }
        return matched;
    }

    static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** {@code scheme://host[:port]} of a configured URL, whatever path it has. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
