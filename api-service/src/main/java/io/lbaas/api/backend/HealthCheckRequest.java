package io.lbaas.api.backend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.lbaas.api.json.LenientMillis;

import java.util.Map;

/** Scaleway's {@code HealthCheck} as clients send it (in createBackend and updateHealthCheck). */
public record HealthCheckRequest(
        Integer port,
        @JsonDeserialize(using = LenientMillis.class) Long checkDelay,
        @JsonDeserialize(using = LenientMillis.class) Long checkTimeout,
        Integer checkMaxRetries,
        Boolean checkSendProxy,
        @JsonDeserialize(using = LenientMillis.class) Long transientCheckDelay,
        Map<String, Object> tcpConfig,
        UserConfig mysqlConfig,
        UserConfig pgsqlConfig,
        Map<String, Object> ldapConfig,
        Map<String, Object> redisConfig,
        HttpConfig httpConfig,
        HttpConfig httpsConfig) {

    /** The configuration of a MySQL or PostgreSQL check. */
    public record UserConfig(String user) {
    }

    /** The configuration of an HTTP check, or of an HTTPS one with {@code sni}. */
    public record HttpConfig(String uri, String method, Integer code, String hostHeader, String sni) {
    }
}
