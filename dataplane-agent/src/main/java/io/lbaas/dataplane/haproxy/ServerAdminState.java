package io.lbaas.dataplane.haproxy;

import java.util.Locale;

/**
 * What an operator wants of a server: {@code READY} takes traffic, {@code DRAIN} keeps its sessions and persistent
 * clients but gets no new ones, {@code MAINT} gets nothing at all.
 */
public enum ServerAdminState {
    READY, DRAIN, MAINT;

    /** The word {@code set server <b>/<s> state} expects. */
    String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
