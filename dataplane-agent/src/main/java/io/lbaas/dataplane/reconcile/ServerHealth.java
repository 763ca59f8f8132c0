package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.haproxy.ServerStatus;

/**
 * A server as Scaleway's API tells it, read from HAProxy's {@code show stat}: its state (stopped, starting,
 * running, stopping), the result of its last health check (unknown, neutral, failed, passed) and the check's
 * own words.
 */
public record ServerHealth(String state, String lastCheck, String reason) {

    static ServerHealth of(ServerStatus server) {
        String status = server.status() == null ? "" : server.status();
        String check = checkResult(server.checkStatus());
        String reason = server.checkDescription() == null || server.checkDescription().isBlank()
                ? null : server.checkDescription();
        if (status.startsWith("MAINT")) {
            return new ServerHealth("stopped", check, "in maintenance");
        }
        if (status.startsWith("DRAIN") || status.startsWith("NOLB")) {
            return new ServerHealth("stopping", check, reason);
        }
        if (status.startsWith("DOWN ")) {
            // "DOWN 1/2": checks pass again, not yet enough of them.
            return new ServerHealth("starting", check, reason);
        }
        if (status.startsWith("DOWN")) {
            return new ServerHealth("stopped", check, reason);
        }
        if (status.equals("no check")) {
            return new ServerHealth("running", "neutral", null);
        }
        return new ServerHealth("running", check, reason);
    }

    /** HAProxy's check codes: L4OK, L6OK, L7OK pass; L7OKC passes conditionally; INI has not run; the rest fail. */
    private static String checkResult(String checkStatus) {
        if (checkStatus == null || checkStatus.isBlank() || checkStatus.startsWith("INI")) {
            return "unknown";
        }
        String code = checkStatus.startsWith("* ") ? checkStatus.substring(2) : checkStatus;
        if (code.startsWith("L7OKC")) {
            return "condpass";
        }
        if (code.startsWith("L4OK") || code.startsWith("L6OK") || code.startsWith("L7OK")) {
            return "passed";
        }
        return "failed";
    }
}
