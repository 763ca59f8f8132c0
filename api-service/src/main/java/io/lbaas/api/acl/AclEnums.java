package io.lbaas.api.acl;

import io.lbaas.api.json.WireEnum;

/** The enums of Scaleway's {@code Acl}. */
final class AclEnums {

    private AclEnums() {
    }

    enum ActionType implements WireEnum { ALLOW, DENY, REDIRECT }

    enum RedirectType implements WireEnum { LOCATION, SCHEME }

    enum HttpFilter implements WireEnum { ACL_HTTP_FILTER_NONE, PATH_BEGIN, PATH_END, REGEX, HTTP_HEADER_MATCH }
}
