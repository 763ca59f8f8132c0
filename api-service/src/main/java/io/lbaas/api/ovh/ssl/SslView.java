package io.lbaas.api.ovh.ssl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/**
 * OVH's {@code ipLoadbalancing.Ssl.Ssl}. Every certificate here is one its tenant brought ({@code custom}); the
 * certificate, chain and key are not shown again, as OVH's clients expect.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SslView(long id, String displayName, String type, String subject, List<String> san,
                      Instant expireDate, String fingerprint, String serial) {

    static final String CUSTOM = "custom";

    static SslView of(SslEntity ssl) {
        return new SslView(ssl.sslId, ssl.displayName, CUSTOM, ssl.subject, ssl.san, ssl.expireDate,
                ssl.fingerprint, ssl.serial);
    }
}
