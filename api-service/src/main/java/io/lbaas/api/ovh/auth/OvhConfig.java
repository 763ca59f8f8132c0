package io.lbaas.api.ovh.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the OVH dialect's authentication (application key, secret and consumer key). */
@ConfigMapping(prefix = "lbaas.ovh")
public interface OvhConfig {

    /** How far {@code X-Ovh-Timestamp} may be from the server's clock, either way. OVH does not publish its own. */
    @WithDefault("300s")
    Duration timestampWindow();

    /**
     * Base64 of the 32-byte AES key that encrypts application secrets on the log and in the read models. Without it,
     * OVH applications cannot be registered (and existing ones cannot authenticate); everything else works.
     */
    Optional<String> secretKey();

    /**
     * The API's public URL as OVH's Go and Python clients are configured with it ({@code https://lb.example.com}),
     * when a proxy in front changes the scheme or the host: signatures made on it are accepted too, and validation
     * URLs point to it. Without it, the request's own scheme and host are used.
     */
    Optional<String> publicUrl();
}
