package io.lbaas.api.ovh.frontend;

import io.lbaas.api.ovh.service.OvhInput;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OVH's frontend port string: single ports and increasing dash-delimited ranges, comma-separated ("80,443,8000-8010"),
 * each port in [1;49151]. Parsed once here for checks; the data plane reads the same string.
 */
record PortList(List<int[]> ranges) {

    private static final Pattern SYNTAX = Pattern.compile("\\d{1,5}(-\\d{1,5})?(,\\d{1,5}(-\\d{1,5})?)*");

    static PortList parse(String port) {
        if (port == null || port.isEmpty()) {
            throw OvhInput.invalid("port", "is required");
        }
        if (!SYNTAX.matcher(port).matches()) {
            throw OvhInput.invalid("port", "ports and increasing ranges, comma-separated (80,443,8000-8010)");
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : port.split(",")) {
            String[] bounds = part.split("-");
            int from = Integer.parseInt(bounds[0]);
            int to = Integer.parseInt(bounds[bounds.length - 1]);
            if (from < 1 || to > OvhInput.MAX_PORT || from > to || (bounds.length == 2 && from == to)) {
                throw OvhInput.invalid("port", part + ": each port must be in [1;" + OvhInput.MAX_PORT
                        + "] and a range must increase");
            }
            ranges.add(new int[] {from, to});
        }
        return new PortList(List.copyOf(ranges));
    }

    boolean contains(int port) {
        return ranges.stream().anyMatch(range -> range[0] <= port && port <= range[1]);
    }

    /** The first port both lists hold, or -1. */
    int firstShared(PortList other) {
        for (int[] range : ranges) {
            for (int[] theirs : other.ranges) {
                int from = Math.max(range[0], theirs[0]);
                if (from <= Math.min(range[1], theirs[1])) {
                    return from;
                }
            }
        }
        return -1;
    }
}
