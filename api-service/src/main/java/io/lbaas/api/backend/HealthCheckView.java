package io.lbaas.api.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.lbaas.api.json.SecondsDuration;
import io.lbaas.events.backend.HealthCheckSpec;

import java.util.Map;

/**
 * Scaleway's {@code HealthCheck} as its live API answers it: milliseconds as integers, the transient delay as a
 * seconds string, and only the configuration of the check's type (the others are absent, not null).
 */
public record HealthCheckView(
        int port,
        long checkDelay,
        long checkTimeout,
        int checkMaxRetries,
        boolean checkSendProxy,
        @JsonSerialize(using = SecondsDuration.class) long transientCheckDelay,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> tcpConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) UserConfigView mysqlConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) UserConfigView pgsqlConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> ldapConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> redisConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) HttpConfigView httpConfig,
        @JsonInclude(JsonInclude.Include.NON_NULL) HttpsConfigView httpsConfig) {

    public record UserConfigView(String user) {
    }

    public record HttpConfigView(String uri, String method, Integer code, String hostHeader) {
    }

    public record HttpsConfigView(String uri, String method, Integer code, String hostHeader, String sni) {
    }

    static HealthCheckView of(HealthCheckSpec check) {
        String type = check.type();
        return new HealthCheckView(check.port(), check.checkDelay(), check.checkTimeout(), check.checkMaxRetries(),
                check.checkSendProxy(), check.transientCheckDelay(),
                type.equals("tcp") ? Map.of() : null,
                type.equals("mysql") ? new UserConfigView(check.user()) : null,
                type.equals("pgsql") ? new UserConfigView(check.user()) : null,
                type.equals("ldap") ? Map.of() : null,
                type.equals("redis") ? Map.of() : null,
                type.equals("http")
                        ? new HttpConfigView(check.uri(), check.method(), check.code(), check.hostHeader()) : null,
                type.equals("https") ? new HttpsConfigView(check.uri(), check.method(), check.code(),
                        check.hostHeader(), check.sni()) : null);
    }
}
