package io.lbaas.dataplane.haproxy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One server as {@code show stat} sees it. {@code status} is HAProxy's word: "UP", "DOWN", "MAINT", "DRAIN",
 * "no check", or a transition such as "UP 1/2". {@code checkStatus} is empty while the server is not checked.
 */
public record ServerStatus(
        String backend,
        String server,
        String status,
        String checkStatus,
        String checkDescription,
        String lastCheck,
        long currentSessions,
        long totalSessions,
        long bytesIn,
        long bytesOut,
        long sessionRate,
        long weight,
        long secondsSinceLastChange) {

    private static final String SERVER_TYPE = "2";

    /** The servers in the CSV answer of {@code show stat}; frontends, backends and listeners are left out. */
    static List<ServerStatus> parseShowStat(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
            throw new HaproxyException("'show stat' answered no CSV header: " + csv);
        }
        List<String> header = splitCsv(lines.get(0).substring(2));
        List<ServerStatus> servers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Row row = new Row(header, splitCsv(line));
            if (SERVER_TYPE.equals(row.text("type"))) {
                servers.add(row.toServerStatus());
            }
        }
        return List.copyOf(servers);
    }

    /** Splits one CSV line; HAProxy quotes a field that holds a comma or a quote, doubling its quotes. */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static final class Row {
        private final Map<String, String> fields = new HashMap<>();

        private Row(List<String> header, List<String> values) {
            for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
                fields.put(header.get(i), values.get(i));
            }
        }

        private String text(String column) {
            return fields.getOrDefault(column, "");
        }

        // HAProxy leaves a counter empty where it does not apply, such as the weight of a frontend.
        private long number(String column) {
            String value = text(column);
            return value.isEmpty() ? 0 : Long.parseLong(value);
        }

        private ServerStatus toServerStatus() {
            return new ServerStatus(text("pxname"), text("svname"), text("status"), text("check_status"),
                    text("check_desc"), text("last_chk"), number("scur"), number("stot"), number("bin"),
                    number("bout"), number("rate"), number("weight"), number("lastchg"));
        }
    }
}
