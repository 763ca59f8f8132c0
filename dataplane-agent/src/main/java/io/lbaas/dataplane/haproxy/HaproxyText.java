package io.lbaas.dataplane.haproxy;

/**
 * Turns values tenants control into single HAProxy configuration words that cannot end the line, start another
 * keyword or expand an environment variable, following HAProxy 2.6's quoting rules (configuration manual, 2.2).
 */
final class HaproxyText {

    private HaproxyText() {
    }

    /** One word in double quotes, where HAProxy still interprets backslashes and {@code $}. */
    static String quoted(String value) {
        StringBuilder word = new StringBuilder("\"");
        value.chars().forEach(c -> word.append(escaped((char) c)));
        return word.append('"').toString();
    }

    /** One word for an argument HAProxy reads as a log-format, where {@code %} would start a sample fetch. */
    static String logFormat(String value) {
        return quoted(value.replace("%", "%%"));
    }

    /**
     * One word holding {@code function(value)}: the argument needs its own quoting level inside the parentheses,
     * where HAProxy only interprets quotes and backslashes.
     */
    static String call(String function, String value) {
        String argument = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return quoted(function + "(" + argument + ")");
    }

    /** HAProxy reads bare numbers as milliseconds; whole seconds are easier to read as such. */
    static String duration(long milliseconds) {
        return milliseconds % 1000 == 0 ? milliseconds / 1000 + "s" : milliseconds + "ms";
    }

    /** An IP and port as {@code bind} and {@code server} read them, IPv6 in brackets. */
    static String address(String ip, int port) {
        return address(ip, Integer.toString(port));
    }

    /** An IP and a port or a port range ({@code 8000-8010}), as {@code bind} reads them. */
    static String address(String ip, String ports) {
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + ports;
    }

    private static String escaped(char c) {
        return switch (c) {
            case '"', '\\', '$' -> "\\" + c;
            default -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c);
        };
    }
}
