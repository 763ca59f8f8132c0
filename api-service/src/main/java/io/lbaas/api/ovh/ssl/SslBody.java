package io.lbaas.api.ovh.ssl;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An OVH SSL certificate as clients send it: on creation the PEM certificate, its private key and its chain of
 * intermediates (write-only: never shown again) and a display name; on PUT the whole model, of which only
 * {@code displayName} may change (the read-only properties are ignored).
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record SslBody(String certificate, String key, String chain, String displayName) {

    static final SslBody EMPTY = new SslBody(null, null, null, null);

    /** Keeps the private key out of logs and error messages. */
    @Override
    public String toString() {
        return "SslBody[displayName=" + displayName + "]";
    }
}
