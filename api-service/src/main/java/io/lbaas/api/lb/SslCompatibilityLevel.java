package io.lbaas.api.lb;

import io.lbaas.api.json.WireEnum;
import io.lbaas.events.lb.LbEvents;

/** Scaleway's {@code SSLCompatibilityLevel}. The zero value {@code unknown} means the platform's default. */
public enum SslCompatibilityLevel implements WireEnum {
    SSL_COMPATIBILITY_LEVEL_UNKNOWN,
    SSL_COMPATIBILITY_LEVEL_INTERMEDIATE,
    SSL_COMPATIBILITY_LEVEL_MODERN,
    SSL_COMPATIBILITY_LEVEL_OLD;

    static String stored(SslCompatibilityLevel level) {
        return level == null || level == SSL_COMPATIBILITY_LEVEL_UNKNOWN
                ? LbEvents.DEFAULT_SSL_COMPATIBILITY_LEVEL : level.wire();
    }
}
