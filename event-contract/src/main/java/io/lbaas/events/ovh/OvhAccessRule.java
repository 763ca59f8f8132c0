package io.lbaas.events.ovh;

/** One access rule of an OVH credential: an HTTP method and a path under the API's base, {@code *} a wildcard. */
public record OvhAccessRule(String method, String path) {
}
