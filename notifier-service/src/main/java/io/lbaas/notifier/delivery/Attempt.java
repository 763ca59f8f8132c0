package io.lbaas.notifier.delivery;

import java.time.Duration;

/**
 * How one attempt of a delivery went. {@code statusCode} is the receiver's HTTP status (null for e-mail or when
 * nothing answered); {@code retryAfter} what it asked for in Retry-After, if anything.
 */
public record Attempt(Result result, Integer statusCode, String error, Duration retryAfter) {

    public enum Result {
        /** The receiver took it: never sent again. */
        DELIVERED,
        /** Worth trying again, per the schedule. */
        FAILED,
        /** The receiver said it will never take one (410 Gone): the subscriber's webhook is turned off. */
        GONE,
        /** Not attempted: the subscriber was deleted, or can no longer be reached on this channel. */
        UNDELIVERABLE
    }

    public static Attempt delivered(Integer statusCode) {
        return new Attempt(Result.DELIVERED, statusCode, null, null);
    }

    public static Attempt failed(Integer statusCode, String error, Duration retryAfter) {
        return new Attempt(Result.FAILED, statusCode, error, retryAfter);
    }

    public static Attempt failed(String error) {
        return failed(null, error, null);
    }

    public static Attempt undeliverable(String reason) {
        return new Attempt(Result.UNDELIVERABLE, null, reason, null);
    }

    public static Attempt gone(String error) {
        return new Attempt(Result.GONE, 410, error, null);
    }
}
