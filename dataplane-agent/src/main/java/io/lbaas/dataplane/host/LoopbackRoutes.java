package io.lbaas.dataplane.host;

import io.lbaas.dataplane.DataPlaneConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Routes the configured prefixes to the loopback interface when the agent starts, so that its LBs' addresses in
 * them reach their HAProxys on this host (Linux's "AnyIP": a local route makes every address of the prefix local).
 * Replacing an existing route changes nothing, so restarts and several agents of one host are harmless. A route
 * that cannot be made (no CAP_NET_ADMIN) is logged: the LBs with such addresses serve nobody until it exists.
 */
@ApplicationScoped
public class LoopbackRoutes {

    private static final Logger LOG = Logger.getLogger(LoopbackRoutes.class);
    private static final long TIMEOUT_SECONDS = 10;

    void onStart(@Observes StartupEvent event, DataPlaneConfig config) {
        config.loopbackRoutes().orElse(List.of()).forEach(LoopbackRoutes::route);
    }

    private static void route(String prefix) {
        List<String> command = List.of("ip", "route", "replace", "local", prefix, "dev", "lo");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warnf("could not route %s to the loopback interface: %s timed out", prefix, command);
            } else if (process.exitValue() != 0) {
                LOG.warnf("could not route %s to the loopback interface: %s said %s", prefix, command,
                        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
            } else {
                LOG.infof("%s is routed to the loopback interface", prefix);
            }
        } catch (IOException e) {
            LOG.warnf("could not run %s: %s", String.join(" ", command), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
