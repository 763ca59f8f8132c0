package io.lbaas.dataplane.haproxy;

/**
 * What TLS the frontends accept for each {@code ssl_compatibility_level}, after Mozilla's server-side TLS
 * profiles (version 5): modern is TLS 1.3 only, intermediate TLS 1.2 and up with forward-secret AEAD ciphers, old
 * TLS 1.0 and up with the legacy ciphers old clients need.
 */
enum TlsProfile {

    MODERN(null, "ssl-min-ver TLSv1.3 prefer-client-ciphers no-tls-tickets"),
    INTERMEDIATE(String.join(":",
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
            "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305"),
            "ssl-min-ver TLSv1.2 prefer-client-ciphers no-tls-tickets"),
    // OpenSSL 3 refuses TLS 1.0 and 1.1 and SHA-1 signatures above security level 0.
    OLD(String.join(":", INTERMEDIATE.ciphers,
            "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA",
            "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA",
            "DHE-RSA-AES128-SHA256", "DHE-RSA-AES256-SHA256", "AES128-GCM-SHA256", "AES256-GCM-SHA384",
            "AES128-SHA256", "AES256-SHA256", "AES128-SHA", "AES256-SHA", "DES-CBC3-SHA", "@SECLEVEL=0"),
            "ssl-min-ver TLSv1.0 no-tls-tickets");

    private static final String TLS13_SUITES =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

    private final String ciphers;
    private final String options;

    TlsProfile(String ciphers, String options) {
        this.ciphers = ciphers;
        this.options = options;
    }

    /** Scaleway leaves the level unknown when the client does not say; intermediate suits almost everyone. */
    static TlsProfile of(String sslCompatibilityLevel) {
        return switch (sslCompatibilityLevel == null ? "" : sslCompatibilityLevel) {
            case "ssl_compatibility_level_modern" -> MODERN;
            case "ssl_compatibility_level_old" -> OLD;
            default -> INTERMEDIATE;
        };
    }

    /** TLS 1.2-and-below ciphers, null when the profile accepts TLS 1.3 only. */
    public String ciphers() {
        return ciphers;
    }

    public String ciphersuites() {
        return TLS13_SUITES;
    }

    public String options() {
        return options;
    }
}
