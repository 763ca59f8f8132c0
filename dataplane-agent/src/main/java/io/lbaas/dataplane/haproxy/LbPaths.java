package io.lbaas.dataplane.haproxy;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the files of one load balancer's HAProxy live, all under one directory of its own: the configuration, the
 * sockets of its runtime API and of its master process, its pid, the server states kept across reloads and the
 * certificates it serves.
 */
public record LbPaths(Path dir) {

    public static LbPaths of(Path root, UUID lbId) {
        return new LbPaths(root.resolve(lbId.toString()));
    }

    /** The LB's project, which says which agent of the host owns it (the one assigned its partition). */
    public Path projectFile() {
        return dir.resolve("project");
    }

    /** The directory of the LB's nginx, which runs its UDP side (configuration, pid file, error log). */
    public Path udpDir() {
        return dir.resolve("udp");
    }

    public Path config() {
        return dir.resolve("haproxy.cfg");
    }

    /** The fingerprint of the configuration and files HAProxy last took (see {@code LbApplier}). */
    public Path appliedMarker() {
        return dir.resolve("applied.sha256");
    }

    /** The configuration being checked before it replaces {@link #config()}. */
    public Path candidateConfig() {
        return dir.resolve("haproxy.cfg.next");
    }

    public Path runtimeSocket() {
        return dir.resolve("runtime.sock");
    }

    public Path masterSocket() {
        return dir.resolve("master.sock");
    }

    public Path pidFile() {
        return dir.resolve("haproxy.pid");
    }

    public Path serverStateFile() {
        return dir.resolve("server-state");
    }

    /** The ACME http-01 challenges being answered (token, then key authorization), filled by the agent. */
    public Path acmeChallenges() {
        return dir.resolve("acme-challenges.map");
    }

    public Path certificates() {
        return dir.resolve("certs");
    }

    public Path certificate(UUID certificateId) {
        return certificates().resolve(certificateId + ".pem");
    }

    public Path crtList(UUID frontendId) {
        return certificates().resolve(frontendId + ".crtlist");
    }

    /** The chain an OVH farm's server must present a certificate of, when it ciphers. */
    public Path serverAuthorities(UUID farmId, long serverId) {
        return certificates().resolve(farmId + "-" + serverId + ".ca.pem");
    }
}
