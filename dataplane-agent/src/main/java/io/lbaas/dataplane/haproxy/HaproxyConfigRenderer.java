package io.lbaas.dataplane.haproxy;

import io.lbaas.dataplane.desired.BackendConfig;
import io.lbaas.dataplane.desired.CertificateConfig;
import io.lbaas.dataplane.desired.FarmConfig;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.host.Templates;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a load balancer's desired state as an HAProxy 2.6 configuration, from the template
 * {@code templates/haproxy.cfg}.
 */
@ApplicationScoped
public class HaproxyConfigRenderer {

    private final Template template = Templates.parse("templates/haproxy.cfg");

    public RenderedConfig render(LbConfig lb, LbPaths paths) {
        Map<UUID, BackendConfig> backends = lb.backends().stream()
                .collect(Collectors.toMap(BackendConfig::id, Function.identity()));
        List<BackendView> backendViews = lb.backends().stream().map(BackendView::of)
                .collect(Collectors.toCollection(ArrayList::new));
        List<UUID> withFailover = lb.backends().stream()
                .filter(backend -> BackendView.hasFailover(backend.spec())).map(BackendConfig::id).toList();
        List<FrontendView> frontends = lb.frontends().stream()
                .map(frontend -> FrontendView.of(frontend, backends.get(frontend.spec().backendId()), lb.addresses(),
                        paths.crtList(frontend.id()), paths.acmeChallenges(), withFailover::contains))
                .collect(Collectors.toCollection(ArrayList::new));
        // UDP farms and frontends are nginx's (see UdpConfigs).
        List<FarmConfig> tcpFarms = lb.farms().stream().filter(farm -> !farm.udp()).toList();
        backendViews.addAll(tcpFarms.stream().map(farm -> FarmBackend.view(farm, paths)).toList());
        List<UUID> farms = tcpFarms.stream().map(FarmConfig::id).toList();
        lb.ovhFrontends().stream().filter(frontend -> !frontend.udp()).forEach(frontend -> frontends.add(
                OvhFrontend.view(frontend, farms.contains(frontend.spec().defaultBackendId())
                        ? HaproxyNames.backend(frontend.spec().defaultBackendId()) : null, lb.addresses(),
                        paths.crtList(frontend.id()), farms::contains)));
        GlobalView global = new GlobalView(quoted(paths.runtimeSocket()), quoted(paths.pidFile()),
                quoted(paths.serverStateFile()), GlobalView.MAX_CONNECTIONS,
                lb.frontends().stream().anyMatch(frontend -> frontend.spec().enableAccessLogs()),
                TlsProfile.of(lb.sslCompatibilityLevel()));
        String config = template.data("lb", lb).data("global", global).data("frontends", frontends)
                .data("backends", backendViews).render();
        Map<Path, String> files = certificateFiles(lb, paths);
        tcpFarms.forEach(farm -> files.putAll(FarmBackend.serverAuthorities(farm, paths)));
        return new RenderedConfig(config, files);
    }

    /**
     * What follows {@code server <name> <address>} for every server of the backend, in the configuration file and
     * after {@code add server} on the runtime API alike.
     */
    public String serverOptions(BackendConfig backend) {
        return ServerOptions.of(backend.spec());
    }

    /** A pool server's address as both the configuration and {@code add server} read it. */
    public String serverAddress(BackendConfig backend, String ip) {
        return HaproxyText.address(ip, backend.spec().forwardPort());
    }

    /**
     * Each certificate as its PEM file, and per frontend that deciphers TLS (of either dialect) the crt-list naming
     * its certificates, the default one first. A mutable map: the servers' chains join it.
     */
    private static Map<Path, String> certificateFiles(LbConfig lb, LbPaths paths) {
        Map<Path, String> files = new LinkedHashMap<>();
        lb.frontends().forEach(frontend -> addCrtList(frontend.id(), frontend.certificates(), paths, files));
        lb.ovhFrontends().forEach(frontend -> addCrtList(frontend.id(), frontend.certificates(), paths, files));
        return files;
    }

    private static void addCrtList(UUID frontendId, List<CertificateConfig> certificates, LbPaths paths,
                                   Map<Path, String> files) {
        if (certificates.isEmpty()) {
            return;
        }
        StringBuilder crtList = new StringBuilder();
        for (CertificateConfig certificate : certificates) {
            Path pem = paths.certificate(certificate.id());
            files.put(pem, certificate.pemBundle());
            crtList.append(pem).append('\n');
        }
        files.put(paths.crtList(frontendId), crtList.toString());
    }

    private static String quoted(Path path) {
        return HaproxyText.quoted(path.toString());
    }
}
