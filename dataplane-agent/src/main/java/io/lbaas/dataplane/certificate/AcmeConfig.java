package io.lbaas.dataplane.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where the agent obtains {@code letsencrypt} certificates, and as which ACME account. */
@ConfigMapping(prefix = "lbaas.dataplane.acme")
public interface AcmeConfig {

    /** The ACME directory: Let's Encrypt's production one unless told otherwise (its staging one, pebble). */
    @WithDefault("https://acme-v02.api.letsencrypt.org/directory")
    URI directory();

    /** Holds the account's key pair, so that a restarted agent stays the same ACME account. */
    @WithDefault("/var/lib/lbaas-dataplane/acme")
    Path accountDir();

    /** Where the CA sends expiry and policy notices; none when absent. */
    Optional<String> email();

    /** How long before its expiry a certificate is issued again. */
    @WithDefault("30d")
    Duration renewBefore();

    /** How long one issuance (order, challenges, finalization, download) may take in all. */
    @WithDefault("2m")
    Duration timeout();
}
