package io.lbaas.api.acl;

import java.util.List;

/** Body of createAcl and updateAcl, and one element of setAcls (Scaleway's {@code AclSpec}). */
public record AclRequest(String name, Action action, Match match, Integer index, String description) {

    static final AclRequest EMPTY = new AclRequest(null, null, null, null, null);

    public record Action(AclEnums.ActionType type, Redirect redirect) {
    }

    public record Redirect(AclEnums.RedirectType type, String target, Integer code) {
    }

    public record Match(List<String> ipSubnet, Boolean ipsEdgeServices, AclEnums.HttpFilter httpFilter,
                        List<String> httpFilterValue, String httpFilterOption, Boolean invert) {
    }
}
