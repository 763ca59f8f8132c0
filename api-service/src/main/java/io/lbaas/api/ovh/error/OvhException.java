package io.lbaas.api.ovh.error;

/** A 4xx or 5xx answer of the OVH dialect, in OVH's shape: thrown from anywhere under the OVH paths. */
public class OvhException extends RuntimeException {

    private final int status;
    private final transient OvhError error;

    public OvhException(int status, OvhError error) {
        super(error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public OvhError error() {
        return error;
    }

    public static OvhException notFound(String message) {
        return new OvhException(404, OvhError.ofClass("Client::NotFound", message));
    }

    /** An OVH operation this control plane does not offer (a 5xx: the client's request was fine). */
    public static OvhException notImplemented(String message) {
        return new OvhException(501, OvhError.ofClass("Server::NotImplemented", message));
    }

    public static OvhException badRequest(String message) {
        return new OvhException(400, OvhError.ofClass("Client::BadRequest", message));
    }

    /** Another object already holds what the command asks for (a port of the service, for instance). */
    public static OvhException conflict(String message) {
        return new OvhException(409, OvhError.ofClass("Client::Conflict", message));
    }

    public static OvhException forbidden(String message) {
        return new OvhException(403, OvhError.ofClass("Client::Forbidden", message));
    }

    /** An authentication error: {@code errorCode} and {@code httpCode}, as OVH's clients parse them. */
    public static OvhException auth(int status, String errorCode, String message) {
        return new OvhException(status, OvhError.ofCode(errorCode, status, reason(status), message));
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
