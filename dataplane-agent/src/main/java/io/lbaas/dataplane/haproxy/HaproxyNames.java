package io.lbaas.dataplane.haproxy;

import java.util.UUID;

/**
 * The names HAProxy knows our objects by, in its configuration and on its runtime API alike. They derive from ids
 * and addresses only, never from what tenants name things, so they need no quoting and survive renames.
 */
public final class HaproxyNames {

    private HaproxyNames() {
    }

    public static String frontend(UUID frontendId) {
        return "fe_" + frontendId;
    }

    public static String backend(UUID backendId) {
        return "be_" + backendId;
    }

    /** The backend that serves a backend's {@code failover_host} while none of its servers is up. */
    public static String failoverBackend(UUID backendId) {
        return "bf_" + backendId;
    }

    /** A pool server, named after its IP so that the runtime API can find it again without any lookup table. */
    public static String server(String ip) {
        return "s_" + ip.replace('.', '_').replace(':', '_');
    }

    /**
     * A server of an OVH farm, named after its OVH id (a farm may hold one address twice, on two ports) and whether
     * it is checked: a reload restores a server's saved state by name, and the state a checked server was saved in
     * (down, say) would stick to it forever once no check runs to change it.
     */
    public static String farmServer(long serverId, boolean checked) {
        return "srv_" + serverId + (checked ? "" : "_unchecked");
    }

    /**
     * The secret HAProxy hashes with a server's address and port into its sticky cookie. It must stay the same
     * across reloads so that clients keep their server; after an {@code add server}, sending
     * {@code set dynamic-cookie-key backend <backend> <key>} again makes HAProxy compute the new server's cookie.
     */
    public static String cookieKey(UUID backendId) {
        return backendId.toString();
    }
}
