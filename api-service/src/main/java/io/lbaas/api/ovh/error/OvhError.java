package io.lbaas.api.ovh.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * OVH API v1's error shape. Most errors carry {@code class} ({@code Client::NotFound}, ...) and {@code message}, which
 * go-ovh reads; authentication errors carry {@code errorCode} and {@code httpCode} instead, which python-ovh maps to
 * its typed exceptions ({@code INVALID_CREDENTIAL}, {@code NOT_GRANTED_CALL}, ...). The Node client reads only
 * {@code message}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"class", "errorCode", "httpCode", "message"})
public record OvhError(
        @JsonProperty("class") String errorClass,
        @JsonProperty("errorCode") String errorCode,
        @JsonProperty("httpCode") String httpCode,
        @JsonProperty("message") String message) {

    public static OvhError ofClass(String errorClass, String message) {
        return new OvhError(errorClass, null, null, message);
    }

    public static OvhError ofCode(String errorCode, int status, String reason, String message) {
        return new OvhError(null, errorCode, status + " " + reason, message);
    }
}
