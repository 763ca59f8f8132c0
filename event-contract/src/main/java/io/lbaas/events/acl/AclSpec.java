package io.lbaas.events.acl;

import java.util.List;

/**
 * Everything a tenant sets on an ACL of a frontend, with Scaleway's defaults applied. ACLs of a frontend apply in
 * ascending {@code index}; the action is taken when the match holds (or, with {@code invert}, when it does not).
 */
public record AclSpec(String name, String description, int index, Action action, Match match) {

    /** {@code type}: allow, deny or redirect; {@code redirect} only with redirect. */
    public record Action(String type, Redirect redirect) {
    }

    /** {@code type}: location or scheme; {@code code}: 301, 302, 303, 307 or 308. */
    public record Redirect(String type, String target, Integer code) {
    }

    /**
     * Client addresses (canonical IPs and CIDRs) and, for HTTP, a filter: {@code httpFilter} one of
     * acl_http_filter_none, path_begin, path_end, regex, http_header_match (whose header {@code httpFilterOption}
     * names).
     */
    public record Match(List<String> ipSubnet, boolean ipsEdgeServices, String httpFilter,
                        List<String> httpFilterValue, String httpFilterOption, boolean invert) {
    }
}
