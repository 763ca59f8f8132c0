package io.lbaas.api.ovh.error;

/**
 * Where the OVH dialect is served: every path under {@code /1.0}, as {@code https://eu.api.ovh.com/1.0}, so that OVH's
 * clients need only their host changed (the Node client's default {@code basePath} is {@code /1.0}; go-ovh and
 * python-ovh take the endpoint {@code http(s)://host:port/1.0}).
 */
public final class OvhPaths {

    public static final String BASE = "/1.0";

    private OvhPaths() {
    }

    /** True for a request path of the OVH dialect. */
    public static boolean isOvh(String path) {
        return path != null && (path.equals(BASE) || path.startsWith(BASE + "/"));
    }

    /** The path as OVH's access rules name it: without the base. */
    public static String relative(String path) {
        return path.length() > BASE.length() ? path.substring(BASE.length()) : "/";
    }
}
