package io.lbaas.dataplane.nginx;

import io.lbaas.dataplane.host.PrivateFiles;

import java.nio.file.Path;


/**
 * Runs the UDP side of one load balancer in {@code dir}: nothing while it has no UDP listener, else an nginx on the
 * rendered configuration, checked by {@code nginx -t} before it replaces the running one (a refused one throws with
 * nginx's reason and leaves the running one alone), reloaded only when it changed.
 */
public final class UdpSide {

    private final Path dir;
    private final NginxBinary binary;
    private final NginxConfigRenderer renderer;
    private final NginxProcess process;

    public UdpSide(Path dir, NginxBinary binary, NginxConfigRenderer renderer) {
        this.dir = dir;
        this.binary = binary;
        this.renderer = renderer;
        this.process = new NginxProcess(dir, binary);
    }

    /** Answers what it did: {@code none}, {@code started}, {@code unchanged} or {@code reloaded}. */
    public String apply(UdpConfig udp) {
        if (udp.isEmpty()) {
            stop();
            return "none";
        }
        String config = renderer.render(udp, process.pidFile());
        boolean unchanged = PrivateFiles.sameContent(process.config(), config);
        if (unchanged && process.isRunning()) {
            return "unchanged";
        }
        PrivateFiles.write(process.candidateConfig(), config);
        var check = binary.check(process.candidateConfig());
        if (!check.ok()) {
            throw new NginxException("nginx refused the UDP configuration: " + check.message());
        }
        PrivateFiles.move(process.candidateConfig(), process.config());
        if (!process.isRunning()) {
            process.start();
            return "started";
        }
        process.reload();
        return "reloaded";
    }

    /** Stops the nginx, if one runs, and removes its files. */
    public void stop() {
        process.stop();
        PrivateFiles.deleteRecursively(dir);
    }

    public boolean isRunning() {
        return process.isRunning();
    }
}
