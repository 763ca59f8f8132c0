package io.lbaas.api.backend;

import java.util.List;

/** Body of addBackendServers, removeBackendServers and setBackendServers. */
public record ServersRequest(List<String> serverIp) {
}
