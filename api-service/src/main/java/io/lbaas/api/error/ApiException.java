package io.lbaas.api.error;

import java.time.Duration;
import java.util.List;

/** A 4xx or 5xx answer in Scaleway's error shape, thrown from anywhere and mapped once by {@link ErrorMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final transient ErrorBody body;
    private final Duration retryAfter;

    private ApiException(int status, ErrorBody body, Duration retryAfter) {
        super(body.type() + ": " + body.message(), null, false, false);
        this.status = status;
        this.body = body;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return body;
    }

    /** Null unless the caller should retry after a while (503). */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ApiException notFound(String resource, Object id) {
        return new ApiException(404, new ErrorBody("not_found", "resource is not found", resource,
                String.valueOf(id), null, null, null, null, null, null), null);
    }

    public static ApiException invalidArguments(List<ErrorBody.InvalidArgument> arguments) {
        return new ApiException(400, new ErrorBody("invalid_arguments", "invalid argument(s)", null, null, null,
                null, null, null, null, arguments), null);
    }

    public static ApiException invalidArgument(String argument, String reason, String help) {
        return invalidArguments(List.of(new ErrorBody.InvalidArgument(argument, reason, help)));
    }

    public static ApiException permissionDenied(String resource, String action) {
        return new ApiException(403, new ErrorBody("permissions_denied", "insufficient permissions", null, null,
                null, null, null, null, null, List.of(new ErrorBody.Permission(resource, action))), null);
    }

    /** {@code method}: jwt, api_key or unknown_method; {@code reason}: invalid_argument, not_found or expired. */
    public static ApiException deniedAuthentication(String method, String reason) {
        return new ApiException(401, new ErrorBody("denied_authentication", "denied authentication", null, null,
                null, method, reason, null, null, null), null);
    }

    /** The change would make a second of something that must be unique, such as a frontend's port on its LB. */
    public static ApiException alreadyExists(String resource, Object id, String help) {
        return new ApiException(409, new ErrorBody("already_exists", "resource already exists", resource,
                String.valueOf(id), null, null, null, null, help, null), null);
    }

    /** The resource is changing state (an LB being deleted or migrated): try again once it has settled. */
    public static ApiException transientState(String resource, Object id, String state) {
        return new ApiException(409, new ErrorBody("transient_state", "resource is in a transient state", resource,
                String.valueOf(id), state, null, null, null, null, null), null);
    }

    /** The change would break what depends on the resource ({@code resource_still_in_use}, ...). */
    public static ApiException preconditionFailed(String precondition, String help) {
        return new ApiException(412, new ErrorBody("precondition_failed", "precondition failed", null, null, null,
                null, null, precondition, help, null), null);
    }

    /** Over a limit of the LB's offer or of the project: {@code current} is what the change would make it. */
    public static ApiException quotaExceeded(String resource, long quota, long current) {
        return quotasExceeded(new ErrorBody.Quota(resource, quota, current, null));
    }

    /** Over a quota of the project, whatever the offers of its load balancers. */
    public static ApiException projectQuotaExceeded(String resource, long quota, long current, Object project) {
        return quotasExceeded(new ErrorBody.Quota(resource, quota, current, String.valueOf(project)));
    }

    private static ApiException quotasExceeded(ErrorBody.Quota quota) {
        return new ApiException(403, new ErrorBody("quotas_exceeded", "quota(s) exceeded", null, null, null, null,
                null, null, null, List.of(quota)), null);
    }

    /** Nothing left to give, such as addresses in a zone's pool. */
    public static ApiException outOfStock(String resource) {
        return new ApiException(503, new ErrorBody("out_of_stock", "resource is out of stock", resource, null, null,
                null, null, null, null, null), Duration.ofMinutes(5));
    }

    public static ApiException unavailable(String message, Duration retryAfter) {
        return new ApiException(503, new ErrorBody("service_unavailable", message, null, null, null, null, null,
                null, null, null), retryAfter);
    }

    /** An answer without a typed Scaleway error: the SDKs raise a plain ScalewayError carrying the message. */
    public static ApiException plain(int status, String type, String message) {
        return new ApiException(status, new ErrorBody(type, message, null, null, null, null, null, null, null, null),
                null);
    }
}
