package io.lbaas.events.ovh;

/**
 * An OVH farm's probe ({@code ipLoadbalancing.BackendProbe}) as the tenant set it: every field may be null, which
 * means OVH's default (tcp, the farm's port, 30 s, GET, "/", no match). Kept as given rather than with defaults
 * applied, because OVH answers the nulls back.
 */
public record FarmProbe(
        String type,
        Integer port,
        Integer interval,
        String method,
        String url,
        String match,
        String pattern,
        Boolean negate,
        Boolean forceSsl) {
}
