package io.lbaas.api.backend;

import io.lbaas.api.json.WireEnum;

/** The enums of Scaleway's {@code Backend}. */
final class BackendEnums {

    private BackendEnums() {
    }

    enum Protocol implements WireEnum { TCP, HTTP }

    enum ForwardPortAlgorithm implements WireEnum { ROUNDROBIN, LEASTCONN, FIRST }

    enum StickySessionsType implements WireEnum { NONE, COOKIE, TABLE }

    enum OnMarkedDownAction implements WireEnum { ON_MARKED_DOWN_ACTION_NONE, SHUTDOWN_SESSIONS }

    enum ProxyProtocol implements WireEnum {
        PROXY_PROTOCOL_UNKNOWN, PROXY_PROTOCOL_NONE, PROXY_PROTOCOL_V1, PROXY_PROTOCOL_V2, PROXY_PROTOCOL_V2_SSL,
        PROXY_PROTOCOL_V2_SSL_CN
    }
}
