package io.lbaas.api.error;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Collects what is wrong with a request, so that one {@code invalid_arguments} answer names every bad argument.
 */
public final class Arguments {

    public static final String REQUIRED = "required";
    public static final String FORMAT = "format";
    public static final String CONSTRAINT = "constraint";

    private static final long MAX_DURATION = Duration.ofDays(1).toMillis();

    private final List<ErrorBody.InvalidArgument> problems = new ArrayList<>();

    public Arguments problem(String argument, String reason, String help) {
        problems.add(new ErrorBody.InvalidArgument(argument, reason, help));
        return this;
    }

    /** A text that must be present, non-blank and at most {@code maxLength} characters; null if it is not. */
    public String text(String argument, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(argument, REQUIRED, "must be a non-empty string");
            return null;
        }
        return optionalText(argument, value, maxLength);
    }

    public String optionalText(String argument, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problem(argument, CONSTRAINT, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public List<String> tags(String argument, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > 64) {
            problem(argument, CONSTRAINT, "at most 64 tags");
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isEmpty() || tag.length() > 128) {
                problem(argument + "[" + i + "]", CONSTRAINT, "must be a string of 1 to 128 characters");
            } else {
                valid.add(tag);
            }
        }
        return List.copyOf(valid);
    }

    /** A port from 1 to 65535; {@code absent} when not given (null: the port is required). */
    public int port(String argument, Integer port, Integer absent) {
        if (port == null && absent == null) {
            problem(argument, REQUIRED, "must be a port from 1 to 65535");
            return 0;
        }
        int value = port == null ? absent : port;
        if (value < 1 || value > 65_535) {
            problem(argument, CONSTRAINT, "must be a port from 1 to 65535");
        }
        return value;
    }

    /** A duration in milliseconds, from 0 to a day; {@code absent} when not given. */
    public long duration(String argument, Long millis, long absent) {
        long value = millis == null ? absent : millis;
        if (value < 0 || value > MAX_DURATION) {
            problem(argument, CONSTRAINT, "must be between 0 and 24 hours");
        }
        return value;
    }

    /** A number within bounds; {@code absent} (maybe null) when not given. */
    public Integer bounded(String argument, Integer value, Integer absent, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problem(argument, CONSTRAINT, "must be between " + min + " and " + max);
        }
        return value == null ? absent : value;
    }

    /** One of {@code allowed}; null if it is absent or another value. */
    public String oneOf(String argument, String value, Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problem(argument, value == null ? REQUIRED : CONSTRAINT, "must be one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiException.invalidArguments(List.copyOf(problems));
        }
    }

    /** An identifier a query may leave out (absent or empty: null); 400 naming the argument if it is no UUID. */
    public static UUID optionalUuid(String argument, String value) {
        return value == null || value.isEmpty() ? null : uuid(argument, value);
    }

    /** Parses an identifier from a path or query, answering 400 naming the argument when it is not a UUID. */
    public static UUID uuid(String argument, String value) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw ApiException.invalidArgument(argument, FORMAT, "must be a UUID");
    }
}
